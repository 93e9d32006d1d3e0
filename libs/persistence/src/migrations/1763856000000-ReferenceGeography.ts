import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADJOINING_COUNCILS_2025, COUNCILS_2025, REGIONS_2025 } from '../reference-data/england-councils-2025';

/** Regions, councils, adjacency, postcode locations, and each council's own fostering team. */
export class ReferenceGeography1763856000000 implements MigrationInterface {
  name = 'ReferenceGeography1763856000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE region (
        code varchar(9) PRIMARY KEY CHECK (code ~ '^E12[0-9]{6}$'),
        name text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE council (
        code varchar(9) PRIMARY KEY CHECK (code ~ '^E(06|08|09|10)[0-9]{6}$'),
        name text NOT NULL,
        tier text NOT NULL,
        region_code varchar(9) NOT NULL REFERENCES region(code),
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      )`);
    await db.query(`CREATE INDEX council_region_idx ON council(region_code)`);
    await db.query(`
      CREATE TABLE council_adjacency (
        council_code varchar(9) NOT NULL REFERENCES council(code),
        neighbour_code varchar(9) NOT NULL REFERENCES council(code),
        source text NOT NULL DEFAULT 'reference',
        PRIMARY KEY (council_code, neighbour_code),
        CHECK (council_code <> neighbour_code)
      )`);
    await db.query(`
      CREATE TABLE postcode_location (
        postcode varchar(8) PRIMARY KEY,
        outward_code varchar(4) NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        lad_code varchar(9),
        council_code varchar(9),
        country char(1) NOT NULL,
        terminated boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE outcode_location (
        outward_code varchar(4) PRIMARY KEY,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        council_code varchar(9),
        country char(1) NOT NULL
      )`);
    await db.query(`
      CREATE TABLE geo_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        file_name text NOT NULL,
        rows_loaded integer NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await this.insertReferenceData(db);
  }

  private async insertReferenceData(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO region (code, name) SELECT * FROM unnest($1::text[], $2::text[])`, [
      REGIONS_2025.map((r) => r[0]),
      REGIONS_2025.map((r) => r[1]),
    ]);
    const columns = [0, 1, 2, 3, 4, 5].map((i) => COUNCILS_2025.map((c) => c[i]));
    await db.query(
      `INSERT INTO council (code, name, tier, region_code, latitude, longitude)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])`,
      columns,
    );
    const pairs = ADJOINING_COUNCILS_2025;
    await db.query(
      `INSERT INTO council_adjacency (council_code, neighbour_code)
       SELECT a, b FROM unnest($1::text[], $2::text[]) AS p(a, b)
       UNION ALL SELECT b, a FROM unnest($1::text[], $2::text[]) AS p(a, b)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['geo_import', 'outcode_location', 'postcode_location', 'council_adjacency', 'council', 'region']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
