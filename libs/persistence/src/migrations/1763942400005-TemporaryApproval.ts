import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a connected person's temporary approval began, and whether its one extension has been used (regs 24–25). */
export class TemporaryApproval1763942400005 implements MigrationInterface {
  name = 'TemporaryApproval1763942400005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE fostering_household ADD COLUMN temporary_from date, ADD COLUMN temporary_extended boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE fostering_household DROP COLUMN temporary_from, DROP COLUMN temporary_extended`);
  }
}
