import type { AgencyDirectory } from './agencies';
import type { SeedCouncil, SeedGeography } from './geography';
import { householdProfile, weeklyCost, type SeedHouseholdProfile } from './household-profile';
import type { AgencyRow, HouseholdRow } from './seed-rows';
import { apportion, type SeedRandom } from './seed-random';

/** Households made by the seed carry this external reference prefix: a rerun replaces them and nothing else. */
export const SEED_EXTERNAL_REF_PREFIX = 'seed-';
/** About 40% of households are with independent agencies (Ofsted 2024-25: 40% private, 7% voluntary provision). */
const AGENCY_SHARE = 0.4;
const ON_HOLD_SHARE = 0.045;
const DEREGISTERED_SHARE = 0.01;

export interface HouseholdFactory {
  readonly serial: () => string;
  readonly councilServiceIds: ReadonlyMap<string, string>;
}

/** Mainstream households in every council, in proportion to its children in foster care. */
export function generateHouseholds(
  random: SeedRandom, geography: SeedGeography, agencies: AgencyDirectory, factory: HouseholdFactory, count: number,
): HouseholdRow[] {
  const counts = apportion(geography.councils.map((c) => c.fosterChildren), count);
  const households: HouseholdRow[] = [];
  geography.councils.forEach((council, i) => {
    for (let k = 0; k < counts[i]; k++) {
      const agency = random.chance(AGENCY_SHARE) ? agencies.pickFor(council.code, random) : null;
      households.push(buildHousehold(random, council, agency, factory, householdProfile(random)));
    }
  });
  return households;
}

/** One household of a council's own service (agency null) or of an agency, at a random place in the council. */
export function buildHousehold(
  random: SeedRandom, council: SeedCouncil, agency: AgencyRow | null, factory: HouseholdFactory, profile: SeedHouseholdProfile,
): HouseholdRow {
  const at = random.pointIn(council);
  const status = random.weighted([[ON_HOLD_SHARE, 'on-hold'], [DEREGISTERED_SHARE, 'deregistered'], [1 - ON_HOLD_SHARE - DEREGISTERED_SHARE, 'approved']] as const);
  const serviceId = agency?.id ?? factory.councilServiceIds.get(council.code);
  if (!serviceId) throw new Error(`no fostering service LA-${council.code}: run \`npm run migrate\` first`);
  return {
    id: random.uuid(),
    serviceId,
    agency,
    externalRef: `${SEED_EXTERNAL_REF_PREFIX}${factory.serial()}`,
    councilCode: council.code,
    postcode: random.outcodeNear(council, at),
    latitude: at.latitude,
    longitude: at.longitude,
    approvalStatus: status,
    temporaryFrom: null,
    temporaryUntil: null,
    temporaryForChildIds: [],
    ...profile,
    weeklyCostPounds: weeklyCost(random, agency !== null),
    currentPlacements: [],
    limitExemptions: [],
  };
}

/** Serial external references: seed-000001, seed-000002, … */
export function serials(): () => string {
  let n = 0;
  return () => String(++n).padStart(6, '0');
}
