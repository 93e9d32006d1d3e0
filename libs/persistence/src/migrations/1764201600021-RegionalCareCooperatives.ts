import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regional care cooperatives defined by an administrator (a name and a set of councils), beside
 * the default one per ONS region. A council is in at most one defined cooperative (the unique
 * council_code), which also settles two administrators adding the same council at once. Snapshots
 * now also hold defined cooperatives, whose codes start RCC- rather than being ONS codes.
 */
export class RegionalCareCooperatives1764201600021 implements MigrationInterface {
  name = 'RegionalCareCooperatives1764201600021';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE regional_care_cooperative (
        id text PRIMARY KEY CHECK (id ~ '^RCC-[A-Z0-9]+(-[A-Z0-9]+)*$' AND length(id) <= 40),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        updated_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE regional_care_cooperative_council (
        cooperative_id text NOT NULL REFERENCES regional_care_cooperative(id) ON DELETE CASCADE,
        council_code varchar(9) NOT NULL REFERENCES council(code),
        PRIMARY KEY (cooperative_id, council_code),
        CONSTRAINT regional_care_cooperative_council_one_each UNIQUE (council_code)
      )`);
    await db.query(`ALTER TABLE sufficiency_snapshot DROP CONSTRAINT sufficiency_snapshot_area_id_check`);
    await db.query(`ALTER TABLE sufficiency_snapshot ADD CONSTRAINT sufficiency_snapshot_area_id_check
      CHECK (area_id ~ '^E[0-9]{8}$' OR (area_id ~ '^RCC-[A-Z0-9]+(-[A-Z0-9]+)*$' AND length(area_id) <= 40))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM sufficiency_snapshot WHERE area_id LIKE 'RCC-%'`);
    await db.query(`ALTER TABLE sufficiency_snapshot DROP CONSTRAINT sufficiency_snapshot_area_id_check`);
    await db.query(`ALTER TABLE sufficiency_snapshot ADD CONSTRAINT sufficiency_snapshot_area_id_check CHECK (area_id ~ '^E[0-9]{8}$')`);
    await db.query(`DROP TABLE regional_care_cooperative_council`);
    await db.query(`DROP TABLE regional_care_cooperative`);
  }
}
