import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One sufficiency snapshot per area per day (London calendar). The daily job may run again for
 * the same day (a retry, a second worker after a failover) and the dashboard refreshes the day's
 * figures when they go stale: both now replace that day's row instead of adding one, so a trend
 * has one point a day and the table grows by one row per area per day. Existing rows keep the
 * latest of each day.
 */
export class SufficiencySnapshotDays1764201600020 implements MigrationInterface {
  name = 'SufficiencySnapshotDays1764201600020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sufficiency_snapshot ADD COLUMN taken_on date`);
    await db.query(`UPDATE sufficiency_snapshot SET taken_on = (taken_at AT TIME ZONE 'Europe/London')::date`);
    await db.query(`
      DELETE FROM sufficiency_snapshot s USING sufficiency_snapshot t
       WHERE t.area_id = s.area_id AND t.taken_on = s.taken_on AND t.taken_at > s.taken_at`);
    await db.query(`ALTER TABLE sufficiency_snapshot ALTER COLUMN taken_on SET NOT NULL`);
    await db.query(`ALTER TABLE sufficiency_snapshot DROP CONSTRAINT sufficiency_snapshot_pkey, ADD PRIMARY KEY (area_id, taken_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sufficiency_snapshot DROP CONSTRAINT sufficiency_snapshot_pkey, ADD PRIMARY KEY (area_id, taken_at)`);
    await db.query(`ALTER TABLE sufficiency_snapshot DROP COLUMN taken_on`);
  }
}
