import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a household moves its version on, enforced by PostgreSQL rather than by each
 * UPDATE remembering to: the match search keeps decoded households in memory keyed by id and
 * version, so a change that left the version alone would leave a search reading stale terms.
 */
export class HouseholdVersionOnEveryChange1764201600030 implements MigrationInterface {
  name = 'HouseholdVersionOnEveryChange1764201600030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION fostering_household_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    // Every UPDATE, even one that changes nothing: a spare version costs one re-read, a missed one a stale search.
    await db.query(`CREATE TRIGGER fostering_household_version BEFORE UPDATE ON fostering_household
      FOR EACH ROW EXECUTE FUNCTION fostering_household_next_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER fostering_household_version ON fostering_household`);
    await db.query(`DROP FUNCTION fostering_household_next_version()`);
  }
}
