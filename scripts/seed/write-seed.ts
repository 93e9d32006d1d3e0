import type { Client } from 'pg';
import { SEED_AGENCY_CODE_PREFIX } from './agencies';
import { copyRows, Json } from './copy-rows';
import { SEED_EXTERNAL_REF_PREFIX } from './households';
import { SEED_AUTHOR } from './referrals';
import type { SyntheticEngland } from './seed-rows';

const SEEDED_HOUSEHOLDS = `SELECT id FROM fostering_household WHERE external_ref LIKE '${SEED_EXTERNAL_REF_PREFIX}%'`;
const SEEDED_REFERRALS = `SELECT id FROM referral WHERE created_by = '${SEED_AUTHOR}'`;

/** Removes a previous seed run's rows (and anything booked or shortlisted on them), children before parents. */
export async function deleteSeeded(db: Client): Promise<void> {
  await inTransaction(db, async () => {
    await db.query(`DELETE FROM referral_shortlist WHERE household_id IN (${SEEDED_HOUSEHOLDS}) OR referral_id IN (${SEEDED_REFERRALS})`);
    await db.query(`DELETE FROM placement WHERE booked_by = '${SEED_AUTHOR}' OR household_id IN (${SEEDED_HOUSEHOLDS}) OR referral_id IN (${SEEDED_REFERRALS})`);
  });
  // Foreign-key checks on the deletes below scan placement (no index covers ended placements): clear its dead rows first.
  await db.query('VACUUM placement');
  await inTransaction(db, () => db.query(`DELETE FROM referral WHERE created_by = '${SEED_AUTHOR}'`));
  await inTransaction(db, () => db.query(`DELETE FROM fostering_household WHERE external_ref LIKE '${SEED_EXTERNAL_REF_PREFIX}%'`));
  await inTransaction(db, () => db.query(`DELETE FROM fostering_service WHERE code LIKE '${SEED_AGENCY_CODE_PREFIX}%'`));
}

/** Copies every table in bulk, one transaction per table, parents before children; returns rows written per table. */
export async function writeSeed(db: Client, england: SyntheticEngland): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const write = async (table: string, columns: string[], rows: Iterable<readonly unknown[]>) => {
    written[table] = await inTransaction(db, () => copyRows(db, table, columns, rows as Iterable<never>));
  };
  await write('fostering_service', ['id', 'code', 'name', 'kind', 'ofsted_urn', 'agency_sector'],
    england.agencies.map((a) => [a.id, a.code, a.name, 'agency', a.ofstedUrn, a.sector]));
  await write('agency_council', ['service_id', 'council_code'], england.agencies.flatMap((a) => a.councils.map((c) => [a.id, c])));
  await write('fostering_household', HOUSEHOLD_COLUMNS, england.households.map((h) => [
    h.id, h.serviceId, h.externalRef, h.councilCode, h.postcode, h.latitude, h.longitude, h.approvalStatus, h.temporaryFrom, h.temporaryUntil, h.temporaryForChildIds,
    h.minAge, h.maxAge, h.maxChildren, h.fosteringTypes, h.shortageCategories, h.experiencedWithNeeds, h.accessibility, h.languages, h.religion,
    h.culturalBackgrounds, h.pets, h.ownChildrenAges, h.yearsFostering, h.weeklyCostPounds, new Json(h.currentPlacements), new Json(h.limitExemptions),
  ]));
  await write('referral', REFERRAL_COLUMNS, england.referrals.map((r) => [
    r.id, r.placingCouncilCode, r.siblingGroupId, r.familyHome.postcode, r.familyHome.latitude, r.familyHome.longitude, r.school?.postcode ?? null,
    r.school?.latitude ?? null, r.school?.longitude ?? null, r.fosteringType, r.neededBy, r.emergency, r.splitAllowed, r.languages, r.religion,
    r.culturalBackground, new Json(r.exclusionZones), r.connectedHouseholdIds, SEED_AUTHOR, r.createdAt, r.createdAt,
  ]));
  await write('referral_child', CHILD_COLUMNS, england.referrals.flatMap((r) => r.children.map((c) => [
    c.id, r.id, c.position, c.ageYears, c.needs, c.shortageCategories, c.mustBeOnlyChild, c.onlyWithOlderChildren, c.noPets, c.requiredAccessibility,
  ])));
  await write('placement', PLACEMENT_COLUMNS, england.placements.map((p) => [
    p.id, p.householdId, p.child.childRef, p.child.age, p.child.siblingGroupId, p.placingCouncilCode, p.placementType, p.providerType,
    p.distanceMiles, p.withinPlacingCouncil, p.atADistance, p.startedAt, SEED_AUTHOR,
  ]));
  for (const table of ['fostering_service', 'agency_council', 'fostering_household', 'referral', 'referral_child', 'placement']) await db.query(`ANALYZE ${table}`);
  return written;
}

const HOUSEHOLD_COLUMNS = ['id', 'service_id', 'external_ref', 'council_code', 'postcode', 'latitude', 'longitude', 'approval_status', 'temporary_from', 'temporary_until',
  'temporary_for_child_ids', 'min_age', 'max_age', 'max_children', 'fostering_types', 'shortage_categories', 'experienced_with_needs', 'accessibility',
  'languages', 'religion', 'cultural_backgrounds', 'pets', 'own_children_ages', 'years_fostering', 'weekly_cost_pounds', 'current_placements', 'limit_exemptions'];
const REFERRAL_COLUMNS = ['id', 'placing_council_code', 'sibling_group_id', 'family_home_postcode', 'family_home_latitude', 'family_home_longitude',
  'school_postcode', 'school_latitude', 'school_longitude', 'fostering_type', 'needed_by', 'emergency', 'split_allowed', 'languages', 'religion',
  'cultural_background', 'exclusion_zones', 'connected_household_ids', 'created_by', 'created_at', 'updated_at'];
const CHILD_COLUMNS = ['id', 'referral_id', 'position', 'age_years', 'needs', 'shortage_categories', 'must_be_only_child', 'only_with_older_children',
  'no_pets', 'required_accessibility'];
const PLACEMENT_COLUMNS = ['id', 'household_id', 'child_ref', 'child_age', 'sibling_group_id', 'placing_council_code', 'placement_type', 'provider_type',
  'distance_miles', 'within_placing_council', 'at_a_distance', 'started_at', 'booked_by'];

async function inTransaction<T>(db: Client, work: () => Promise<T>): Promise<T> {
  await db.query('BEGIN');
  try {
    const result = await work();
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
