import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications to foster, filled in through a secure link instead of an account. A link's
 * token is stored only as its SHA-256 hash, so a copy of the database cannot open anyone's form.
 */
export class Applications1763942400001 implements MigrationInterface {
  name = 'Applications1763942400001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE application_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enquiry_id uuid NOT NULL REFERENCES enquiry(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX application_link_enquiry_idx ON application_link(enquiry_id)`);
    await db.query(`
      CREATE TABLE application (
        enquiry_id uuid PRIMARY KEY REFERENCES enquiry(id) ON DELETE CASCADE,
        answers jsonb NOT NULL DEFAULT '{}',
        statuses jsonb NOT NULL DEFAULT '{}',
        connected_person boolean NOT NULL DEFAULT false,
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE application`);
    await db.query(`DROP TABLE application_link`);
  }
}
