import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const FOSTERING_TYPES = ['emergency', 'short-term', 'long-term', 'short-breaks', 'parent-and-child', 'remand'];
const PLACEMENT_TYPES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const PROVIDER_TYPES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'];

/**
 * What the match search reads and the booking writes: fostering households with their terms of
 * approval, referrals for a child or a sibling group (ages and needs, no names), placements
 * (SSDA903 placement and provider types), each council's matching policy, and which councils
 * an agency works with.
 */
export class MatchingModel1763942400003 implements MigrationInterface {
  name = 'MatchingModel1763942400003';

  async up(db: QueryRunner): Promise<void> {
    // An agency is private (PR4) or voluntary (PR5) in the DfE return.
    await db.query(`ALTER TABLE fostering_service ADD COLUMN agency_sector text CHECK (agency_sector IN ('private', 'voluntary'))`);
    await db.query(`
      CREATE TABLE agency_council (
        service_id uuid NOT NULL REFERENCES fostering_service(id) ON DELETE CASCADE,
        council_code varchar(9) NOT NULL REFERENCES council(code),
        PRIMARY KEY (service_id, council_code)
      )`);
    await db.query(`
      CREATE TABLE fostering_household (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL REFERENCES fostering_service(id),
        enquiry_id uuid UNIQUE REFERENCES enquiry(id) ON DELETE SET NULL,
        external_ref text,
        council_code varchar(9) NOT NULL REFERENCES council(code),
        postcode varchar(8),
        latitude double precision NOT NULL CHECK (latitude BETWEEN 49 AND 61),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -9 AND 3),
        approval_status text NOT NULL CHECK (approval_status IN ('approved', 'temporarily-approved', 'on-hold', 'deregistered')),
        temporary_until date,
        temporary_for_child_ids text[] NOT NULL DEFAULT '{}',
        min_age smallint NOT NULL CHECK (min_age BETWEEN 0 AND 25),
        max_age smallint NOT NULL CHECK (max_age BETWEEN 0 AND 25),
        max_children smallint NOT NULL CHECK (max_children BETWEEN 1 AND 10),
        fostering_types text[] NOT NULL CHECK (fostering_types <@ ARRAY[${list(FOSTERING_TYPES)}]::text[]),
        shortage_categories text[] NOT NULL DEFAULT '{}',
        experienced_with_needs text[] NOT NULL DEFAULT '{}',
        accessibility text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        religion text,
        cultural_backgrounds text[] NOT NULL DEFAULT '{}',
        pets text[] NOT NULL DEFAULT '{}',
        own_children_ages smallint[] NOT NULL DEFAULT '{}',
        years_fostering smallint NOT NULL DEFAULT 0 CHECK (years_fostering BETWEEN 0 AND 80),
        weekly_cost_pounds numeric(8, 2) NOT NULL CHECK (weekly_cost_pounds >= 0),
        -- The children placed now ([{childRef, age, siblingGroupId}]), kept in step with the placement
        -- table in the same transaction as every booking and ending, so a search reads one row per home.
        current_placements jsonb NOT NULL DEFAULT '[]',
        -- Written exemptions from the usual fostering limit, each naming children ([{childIds}]).
        limit_exemptions jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (service_id, external_ref),
        CHECK (min_age <= max_age),
        CHECK ((approval_status = 'temporarily-approved') = (temporary_until IS NOT NULL))
      )`);
    // The search's first cut: homes that can be offered, inside a bounding box around the child's home.
    await db.query(`CREATE INDEX fostering_household_geo_idx ON fostering_household (latitude, longitude)
      WHERE approval_status IN ('approved', 'temporarily-approved')`);
    await db.query(`CREATE INDEX fostering_household_service_idx ON fostering_household (service_id)`);
    await db.query(`CREATE INDEX fostering_household_council_idx ON fostering_household (council_code)`);
    await this.createReferrals(db);
    await this.createPlacements(db);
    await db.query(`
      CREATE TABLE referral_shortlist (
        referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        household_id uuid NOT NULL REFERENCES fostering_household(id),
        added_by text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (referral_id, household_id)
      )`);
    await this.createAuditTrail(db);
    await db.query(`
      CREATE TABLE matching_policy (
        council_code varchar(9) PRIMARY KEY REFERENCES council(code),
        overrides jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  private async createReferrals(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        placing_council_code varchar(9) NOT NULL REFERENCES council(code),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'placed', 'closed')),
        sibling_group_id uuid,
        family_home_postcode varchar(8),
        family_home_latitude double precision NOT NULL,
        family_home_longitude double precision NOT NULL,
        school_postcode varchar(8),
        school_latitude double precision,
        school_longitude double precision,
        fostering_type text NOT NULL CHECK (fostering_type IN (${list(FOSTERING_TYPES)})),
        needed_by date,
        emergency boolean NOT NULL DEFAULT false,
        split_allowed boolean NOT NULL DEFAULT false,
        languages text[] NOT NULL DEFAULT '{}',
        religion text,
        cultural_background text,
        exclusion_zones jsonb NOT NULL DEFAULT '[]',
        connected_household_ids uuid[] NOT NULL DEFAULT '{}',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((school_latitude IS NULL) = (school_longitude IS NULL))
      )`);
    await db.query(`CREATE INDEX referral_council_status_idx ON referral (placing_council_code, status, created_at DESC)`);
    await db.query(`
      CREATE TABLE referral_child (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        age_years smallint NOT NULL CHECK (age_years BETWEEN 0 AND 25),
        needs text[] NOT NULL DEFAULT '{}',
        shortage_categories text[] NOT NULL DEFAULT '{}',
        must_be_only_child boolean NOT NULL DEFAULT false,
        only_with_older_children boolean NOT NULL DEFAULT false,
        no_pets boolean NOT NULL DEFAULT false,
        required_accessibility text[] NOT NULL DEFAULT '{}',
        UNIQUE (referral_id, position)
      )`);
  }

  private async createPlacements(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES fostering_household(id),
        referral_id uuid REFERENCES referral(id),
        referral_child_id uuid REFERENCES referral_child(id),
        child_ref text NOT NULL,
        child_age smallint NOT NULL CHECK (child_age BETWEEN 0 AND 25),
        sibling_group_id uuid,
        placing_council_code varchar(9) REFERENCES council(code),
        placement_type char(2) NOT NULL CHECK (placement_type IN (${list(PLACEMENT_TYPES)})),
        provider_type char(3) NOT NULL CHECK (provider_type IN (${list(PROVIDER_TYPES)})),
        distance_miles numeric(6, 1),
        within_placing_council boolean,
        at_a_distance boolean,
        outside_terms_until date,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        end_reason text,
        booked_by text NOT NULL,
        CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    // What a household holds now: its current placements.
    await db.query(`CREATE INDEX placement_current_idx ON placement (household_id) WHERE ended_at IS NULL`);
    // A child lives in one foster home at a time.
    await db.query(`CREATE UNIQUE INDEX placement_child_current_idx ON placement (child_ref) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX placement_referral_idx ON placement (referral_id)`);
  }

  /** Who read or changed a child's record, when, and from where: rows can be added, never changed or removed. */
  private async createAuditTrail(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        client_ip text
      )`);
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at)`);
    await db.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
    await db.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await db.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_event_is_append_only()`);
    await db.query(`DROP TABLE referral_shortlist`);
    for (const table of ['matching_policy', 'placement', 'referral_child', 'referral', 'fostering_household', 'agency_council']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE fostering_service DROP COLUMN agency_sector`);
  }
}
