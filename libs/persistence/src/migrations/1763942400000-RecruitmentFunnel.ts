import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = [
  'enquiry-received', 'contacted', 'initial-visit', 'application-submitted', 'stage-1', 'stage-2', 'panel',
  'approved', 'withdrawn', 'not-approved', 'closed-no-contact',
];
const WITHDRAWAL_REASONS = ['AW0', 'AW1', 'AW2', 'AW3', 'AW4', 'AW5'];
const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The recruitment funnel: an enquiry's status becomes its funnel stage, with a version for
 * optimistic concurrency, the dates that start the recruitment clocks, what is due next (kept
 * on the row so the work queue is one index scan), the history of every move, and contact attempts.
 */
export class RecruitmentFunnel1763942400000 implements MigrationInterface {
  name = 'RecruitmentFunnel1763942400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE enquiry
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN stage_entered_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN application_submitted_at timestamptz,
        ADD COLUMN checks_completed_at timestamptz,
        ADD COLUMN panel_date timestamptz,
        ADD COLUMN unanswered_contact_attempts smallint NOT NULL DEFAULT 0,
        ADD COLUMN due_kind text,
        ADD COLUMN due_at timestamptz`);
    await db.query(`
      UPDATE enquiry SET status = CASE status WHEN 'received' THEN 'enquiry-received' WHEN 'closed' THEN 'closed-no-contact' ELSE status END,
                         stage_entered_at = created_at`);
    await db.query(`ALTER TABLE enquiry ALTER COLUMN status SET DEFAULT 'enquiry-received'`);
    await db.query(`ALTER TABLE enquiry ADD CONSTRAINT enquiry_status_check CHECK (status IN (${quoted(STAGES)}))`);
    await this.scheduleExisting(db);
    await db.query(`DROP INDEX enquiry_service_status_created_idx`);
    await db.query(`CREATE INDEX enquiry_service_status_created_idx ON enquiry(service_id, status, created_at DESC, id)`);
    // The work queue: a service's open applicants, soonest due first.
    await db.query(`CREATE INDEX enquiry_work_queue_idx ON enquiry(service_id, due_at, id) WHERE due_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE funnel_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES enquiry(id) ON DELETE CASCADE,
        from_stage text NOT NULL CHECK (from_stage IN (${quoted(STAGES)})),
        to_stage text NOT NULL CHECK (to_stage IN (${quoted(STAGES)})),
        officer text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        withdrawal_reason text CHECK (withdrawal_reason IN (${quoted(WITHDRAWAL_REASONS)})),
        reasons text[] NOT NULL DEFAULT '{}',
        note text,
        CHECK ((to_stage = 'withdrawn') = (withdrawal_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX funnel_transition_enquiry_idx ON funnel_transition(enquiry_id, occurred_at)`);
    await db.query(`
      CREATE TABLE contact_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES enquiry(id) ON DELETE CASCADE,
        channel text NOT NULL,
        outcome text NOT NULL,
        officer text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        note text
      )`);
    await db.query(`CREATE INDEX contact_attempt_enquiry_idx ON contact_attempt(enquiry_id, occurred_at)`);
  }

  /**
   * Enquiries already waiting get a first-contact deadline: the end of the next weekday, London
   * time. Written out in SQL so this migration never changes when the domain rules do; it skips
   * bank holidays' subtleties, which only touches enquiries made before the funnel existed.
   */
  private async scheduleExisting(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE enquiry SET due_kind = 'first-contact', due_at = (
        (created_at AT TIME ZONE 'Europe/London')::date
        + CASE extract(isodow FROM created_at AT TIME ZONE 'Europe/London') WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END
        + 1)::timestamp AT TIME ZONE 'Europe/London'
      WHERE status = 'enquiry-received'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE contact_attempt`);
    await db.query(`DROP TABLE funnel_transition`);
    await db.query(`DROP INDEX enquiry_work_queue_idx`);
    await db.query(`ALTER TABLE enquiry DROP CONSTRAINT enquiry_status_check`);
    await db.query(`ALTER TABLE enquiry ALTER COLUMN status SET DEFAULT 'received'`);
    await db.query(`UPDATE enquiry SET status = CASE WHEN status = 'enquiry-received' THEN 'received' WHEN status IN ('contacted') THEN status ELSE 'closed' END`);
    await db.query(`ALTER TABLE enquiry DROP COLUMN version, DROP COLUMN stage_entered_at, DROP COLUMN application_submitted_at,
      DROP COLUMN checks_completed_at, DROP COLUMN panel_date, DROP COLUMN unanswered_contact_attempts, DROP COLUMN due_kind, DROP COLUMN due_at`);
  }
}
