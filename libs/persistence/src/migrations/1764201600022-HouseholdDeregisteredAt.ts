import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a household was deregistered, so the sufficiency projection can count carers leaving from
 * the platform's own history. PostgreSQL stamps it whenever the status becomes 'deregistered', by
 * whatever path (an import, an operator, a future API), and clears it if the household is
 * approved again. Households deregistered before this migration have no date: they are not history.
 */
export class HouseholdDeregisteredAt1764201600022 implements MigrationInterface {
  name = 'HouseholdDeregisteredAt1764201600022';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE fostering_household ADD COLUMN deregistered_at timestamptz`);
    await db.query(`CREATE FUNCTION fostering_household_deregistered_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.approval_status = 'deregistered' AND OLD.approval_status <> 'deregistered' THEN
          NEW.deregistered_at := now();
        ELSIF NEW.approval_status <> 'deregistered' THEN
          NEW.deregistered_at := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER fostering_household_deregistered BEFORE UPDATE OF approval_status ON fostering_household
      FOR EACH ROW EXECUTE FUNCTION fostering_household_deregistered_at()`);
    await db.query(`CREATE INDEX fostering_household_deregistered_idx ON fostering_household (deregistered_at) WHERE deregistered_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER fostering_household_deregistered ON fostering_household`);
    await db.query(`DROP FUNCTION fostering_household_deregistered_at()`);
    await db.query(`ALTER TABLE fostering_household DROP COLUMN deregistered_at`);
  }
}
