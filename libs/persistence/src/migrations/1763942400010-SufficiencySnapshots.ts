import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sufficiency snapshots: the published (suppressed and rounded) figures of every area, taken by a
 * repeatable job, so trends are read from what was shown at the time and never from records.
 */
export class SufficiencySnapshots1763942400010 implements MigrationInterface {
  name = 'SufficiencySnapshots1763942400010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sufficiency_snapshot (
        taken_at timestamptz NOT NULL,
        area_id text NOT NULL CHECK (area_id ~ '^E[0-9]{8}$'),
        area_kind text NOT NULL CHECK (area_kind IN ('council', 'cooperative', 'england')),
        figures jsonb NOT NULL,
        PRIMARY KEY (area_id, taken_at)
      )`);
    await db.query(`CREATE INDEX sufficiency_snapshot_taken_idx ON sufficiency_snapshot (taken_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sufficiency_snapshot`);
  }
}
