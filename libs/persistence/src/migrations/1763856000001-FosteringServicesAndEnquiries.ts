import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fostering services (each council's own team, regional hubs, agencies, and one triage team),
 * which service takes each council's enquiries, enquiries themselves, and the outbox.
 */
export class FosteringServicesAndEnquiries1763856000001 implements MigrationInterface {
  name = 'FosteringServicesAndEnquiries1763856000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE fostering_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('council', 'hub', 'agency', 'triage')),
        council_code varchar(9) REFERENCES council(code),
        ofsted_urn text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE enquiry_routing (
        council_code varchar(9) PRIMARY KEY REFERENCES council(code),
        service_id uuid NOT NULL REFERENCES fostering_service(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO fostering_service (code, name, kind, council_code)
      SELECT 'LA-' || code, name || ' fostering team', 'council', code FROM council`);
    await db.query(`
      INSERT INTO fostering_service (code, name, kind)
      VALUES ('TRIAGE', 'National enquiry triage', 'triage')`);
    await db.query(`
      INSERT INTO enquiry_routing (council_code, service_id)
      SELECT s.council_code, s.id FROM fostering_service s WHERE s.kind = 'council'`);
    await db.query(`
      CREATE TABLE enquiry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(12) NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'received',
        service_id uuid NOT NULL REFERENCES fostering_service(id),
        council_code varchar(9) REFERENCES council(code),
        triage_reason text,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL,
        phone text NOT NULL,
        postcode varchar(8) NOT NULL,
        outward_code varchar(4),
        preferred_contact_method text NOT NULL,
        preferred_contact_time text NOT NULL,
        adults_in_household smallint NOT NULL,
        children_in_household smallint NOT NULL,
        spare_bedrooms smallint NOT NULL,
        interests text[] NOT NULL,
        heard_from text NOT NULL,
        eligibility jsonb,
        priority text NOT NULL,
        channel text NOT NULL,
        consented_at timestamptz NOT NULL,
        idempotency_key text UNIQUE,
        request_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX enquiry_service_created_idx ON enquiry(service_id, created_at DESC, id)`);
    await db.query(`CREATE INDEX enquiry_service_status_created_idx ON enquiry(service_id, status, created_at DESC)`);
    await db.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        priority integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0
      )`);
    // The relay only ever looks for undispatched rows, oldest first.
    await db.query(`CREATE INDEX outbox_undispatched_idx ON outbox_message(created_at) WHERE dispatched_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['outbox_message', 'enquiry', 'enquiry_routing', 'fostering_service']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
