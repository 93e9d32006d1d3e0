import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The match search asks PostgreSQL only which homes in a box pass the filter, and at which version
 * (decoded profiles are kept by version). With those columns in the geographic index it answers from
 * the index alone: measured on the national seed, 1.0 ms of PostgreSQL CPU per search instead of 2.0.
 */
export class HouseholdCoveringGeoIndex1764201600031 implements MigrationInterface {
  name = 'HouseholdCoveringGeoIndex1764201600031';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX fostering_household_geo_cover_idx ON fostering_household (latitude, longitude)
      INCLUDE (id, version, free_places, min_age, max_age, fostering_types) WHERE approval_status IN ('approved', 'temporarily-approved')`);
    await db.query(`DROP INDEX fostering_household_geo_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX fostering_household_geo_idx ON fostering_household (latitude, longitude)
      WHERE approval_status IN ('approved', 'temporarily-approved')`);
    await db.query(`DROP INDEX fostering_household_geo_cover_idx`);
  }
}
