import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which applicant each message is about. Every idempotency key begins with the enquiry's id
 * (`<enquiry id>.<kind>.<n>`), including the team's reminders, which are addressed to the service;
 * a generated column makes that a plain indexed uuid, so the staff API pages through one
 * applicant's messages and erasure finds them without scanning the whole ledger.
 */
export class NotificationAboutEnquiry1764201600000 implements MigrationInterface {
  name = 'NotificationAboutEnquiry1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notification ADD COLUMN enquiry_id uuid GENERATED ALWAYS AS (
        CASE WHEN idempotency_key ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[.]'
             THEN left(idempotency_key, 36)::uuid END) STORED`);
    await db.query(`CREATE INDEX notification_enquiry_idx ON notification(enquiry_id, created_at DESC, id DESC) WHERE enquiry_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN enquiry_id`);
  }
}
