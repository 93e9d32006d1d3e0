import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The stage 1 checks of each applicant, one row per check (a DBS check per adult), and the panel's recommendation. */
export class StageOneChecksAndPanel1763942400002 implements MigrationInterface {
  name = 'StageOneChecksAndPanel1763942400002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assessment_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES enquiry(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('dbs', 'local-authority', 'medical', 'references', 'previous-fostering-service')),
        subject text,
        state text NOT NULL CHECK (state IN ('requested', 'cleared', 'concern', 'not-applicable')),
        note text,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX assessment_check_enquiry_idx ON assessment_check(enquiry_id, created_at)`);
    await db.query(`ALTER TABLE enquiry ADD COLUMN panel_recommendation text CHECK (panel_recommendation IN ('approve', 'do-not-approve'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enquiry DROP COLUMN panel_recommendation`);
    await db.query(`DROP TABLE assessment_check`);
  }
}
