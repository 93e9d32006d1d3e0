import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the scheduled housekeeping needs: when an enquiry was anonymised (by retention or an
 * erasure request, so it is done once), and indexes so each job reads only the rows it acts on.
 */
export class HousekeepingAndRetention1764201600001 implements MigrationInterface {
  name = 'HousekeepingAndRetention1764201600001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enquiry ADD COLUMN anonymised_at timestamptz`);
    // Retention looks only at enquiries never anonymised that never became an application, oldest move first.
    await db.query(`CREATE INDEX enquiry_retention_idx ON enquiry (stage_entered_at)
                      WHERE anonymised_at IS NULL AND application_submitted_at IS NULL`);
    // The purge deletes rows handed to BullMQ long ago, oldest first, in batches.
    await db.query(`CREATE INDEX outbox_dispatched_idx ON outbox_message (dispatched_at) WHERE dispatched_at IS NOT NULL`);
    // Requests for a new application link are rare among outbox rows; their recovery reads only them.
    // The name is SEND_APPLICATION_LINK's (libs/queue), written out so this migration never changes.
    await db.query(`CREATE INDEX outbox_link_request_idx ON outbox_message (created_at)
                      WHERE job_name = 'recruitment.send-application-link'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_link_request_idx`);
    await db.query(`DROP INDEX outbox_dispatched_idx`);
    await db.query(`DROP INDEX enquiry_retention_idx`);
    await db.query(`ALTER TABLE enquiry DROP COLUMN anonymised_at`);
  }
}
