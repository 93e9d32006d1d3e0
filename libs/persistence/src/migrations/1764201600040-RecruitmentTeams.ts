import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is in each fostering service's recruitment team, which of them manages it, and which
 * officer each applicant is assigned to, so a reminder reaches the person who must act and an
 * escalation reaches their manager rather than a shared inbox.
 *
 * A member is known by the subject of their sign-in token (the identity provider's stable id),
 * with the work address the workers write to. At most one active manager per service: the
 * escalation has exactly one place to go. Assignment is not a funnel step, so it does not move the
 * enquiry's version (an officer with the applicant open is not told their copy is stale).
 */
export class RecruitmentTeams1764201600040 implements MigrationInterface {
  name = 'RecruitmentTeams1764201600040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES fostering_service(id),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        is_manager boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (service_id, subject),
        CHECK (active OR NOT is_manager)
      )`);
    await db.query(`CREATE UNIQUE INDEX team_member_one_manager_idx ON team_member (service_id) WHERE is_manager`);
    await db.query(`CREATE INDEX team_member_subject_idx ON team_member (subject)`);
    await db.query(`
      ALTER TABLE enquiry
        ADD COLUMN assigned_to uuid REFERENCES team_member(id),
        ADD COLUMN assigned_at timestamptz,
        ADD CONSTRAINT enquiry_assignment_complete CHECK ((assigned_to IS NULL) = (assigned_at IS NULL))`);
    await db.query(`CREATE INDEX enquiry_assigned_work_queue_idx ON enquiry (assigned_to, due_at, id) WHERE due_at IS NOT NULL AND assigned_to IS NOT NULL`);
    // Messages to one member of staff (the assigned officer, the team manager), beside the applicant's and the team inbox's.
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_recipient_kind_check`);
    await db.query(`ALTER TABLE notification ADD CONSTRAINT notification_recipient_kind_check CHECK (recipient_kind IN ('applicant', 'team', 'staff'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notification WHERE recipient_kind = 'staff'`);
    await db.query(`ALTER TABLE notification DROP CONSTRAINT notification_recipient_kind_check`);
    await db.query(`ALTER TABLE notification ADD CONSTRAINT notification_recipient_kind_check CHECK (recipient_kind IN ('applicant', 'team'))`);
    await db.query(`ALTER TABLE enquiry DROP COLUMN assigned_to, DROP COLUMN assigned_at`);
    await db.query(`DROP TABLE team_member`);
  }
}
