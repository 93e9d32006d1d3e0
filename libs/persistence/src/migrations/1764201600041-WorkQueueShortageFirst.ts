import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shortage-category applicants first in the officer's work queue, without letting them jump work
 * that is due sooner: the queue runs by the London day something is due, then shortage before
 * standard, then the exact time. Both keys are generated from the row, so no writer can forget
 * them, and the indexes hold the whole order so a page is still read straight off an index.
 */
export class WorkQueueShortageFirst1764201600041 implements MigrationInterface {
  name = 'WorkQueueShortageFirst1764201600041';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE enquiry
        ADD COLUMN due_day date GENERATED ALWAYS AS ((due_at AT TIME ZONE 'Europe/London')::date) STORED,
        ADD COLUMN priority_rank smallint GENERATED ALWAYS AS (CASE WHEN priority = 'shortage' THEN 0 ELSE 1 END) STORED`);
    await db.query(`DROP INDEX enquiry_work_queue_idx`);
    await db.query(`DROP INDEX enquiry_assigned_work_queue_idx`);
    await db.query(`CREATE INDEX enquiry_work_queue_idx ON enquiry (service_id, due_day, priority_rank, due_at, id) WHERE due_at IS NOT NULL`);
    await db.query(`CREATE INDEX enquiry_assigned_work_queue_idx ON enquiry (assigned_to, due_day, priority_rank, due_at, id)
      WHERE due_at IS NOT NULL AND assigned_to IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enquiry_work_queue_idx`);
    await db.query(`DROP INDEX enquiry_assigned_work_queue_idx`);
    await db.query(`ALTER TABLE enquiry DROP COLUMN due_day, DROP COLUMN priority_rank`);
    await db.query(`CREATE INDEX enquiry_work_queue_idx ON enquiry (service_id, due_at, id) WHERE due_at IS NOT NULL`);
    await db.query(`CREATE INDEX enquiry_assigned_work_queue_idx ON enquiry (assigned_to, due_at, id) WHERE due_at IS NOT NULL AND assigned_to IS NOT NULL`);
  }
}
