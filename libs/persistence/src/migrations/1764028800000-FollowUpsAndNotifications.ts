import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enquiry follow-ups and the messages they send. Follow-ups live in PostgreSQL so they survive
 * the loss of Redis; BullMQ only holds the ones coming due soon. Each notification carries an
 * idempotency key that PostgreSQL keeps unique, so no follow-up can be sent twice.
 */
export class FollowUpsAndNotifications1764028800000 implements MigrationInterface {
  name = 'FollowUpsAndNotifications1764028800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES enquiry(id) ON DELETE CASCADE,
        kind text NOT NULL,
        sequence smallint NOT NULL CHECK (sequence >= 1),
        due_at timestamptz NOT NULL,
        priority smallint NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped')),
        skip_reason text,
        schedule_count integer NOT NULL DEFAULT 0,
        scheduled_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (enquiry_id, kind, sequence),
        CHECK ((status = 'skipped') = (skip_reason IS NOT NULL)),
        CHECK ((status = 'pending') = (completed_at IS NULL))
      )`);
    // The scheduler looks for pending follow-ups coming due that are not in BullMQ yet; the
    // recovery sweep for overdue ones that are (a job lost with Redis).
    await db.query(`CREATE INDEX follow_up_unscheduled_idx ON follow_up(due_at) WHERE status = 'pending' AND scheduled_at IS NULL`);
    await db.query(`CREATE INDEX follow_up_scheduled_idx ON follow_up(due_at) WHERE status = 'pending' AND scheduled_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE follow_up_plan (
        enquiry_id uuid PRIMARY KEY REFERENCES enquiry(id) ON DELETE CASCADE,
        planned_version integer NOT NULL,
        policy_key text NOT NULL,
        planned_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        template text NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('applicant', 'team')),
        recipient_id uuid NOT NULL,
        address text,
        personalisation jsonb NOT NULL DEFAULT '{}',
        delivery text NOT NULL DEFAULT 'stored' CHECK (delivery IN ('stored', 'queued', 'sending', 'delivered', 'failed', 'unknown')),
        provider_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX notification_recipient_idx ON notification(recipient_id, created_at DESC)`);
    await db.query(`CREATE INDEX notification_queued_idx ON notification(created_at) WHERE delivery = 'queued'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE follow_up_plan`);
    await db.query(`DROP TABLE follow_up`);
  }
}
