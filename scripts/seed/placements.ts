import { distanceMiles, placementCodes, USUAL_FOSTERING_LIMIT, type FosteringType } from '@app/domain';
import type { SeedCouncil, SeedGeography } from './geography';
import type { HouseholdRow, PlacedChildRow, PlacementRow } from './seed-rows';
import type { SeedRandom } from './seed-random';

/** Ofsted 2024-25: 42,015 of 69,825 mainstream places filled; we fill about 70%. */
const FILL_RATE = 0.7;
const SIBLINGS_SHARE = 0.35;

/**
 * Children placed now in each approved or on-hold household, within its terms, as placement rows
 * and as the household's cached list; over the usual limit only for siblings or with an exemption.
 */
export function fillPlaces(random: SeedRandom, geography: SeedGeography, households: readonly HouseholdRow[], today: Date): PlacementRow[] {
  const placements: PlacementRow[] = [];
  for (const household of households) {
    if (household.approvalStatus !== 'approved' && household.approvalStatus !== 'on-hold') continue;
    const children = placedChildren(random, household);
    if (children.length > USUAL_FOSTERING_LIMIT && children.some((c) => c.siblingGroupId !== children[0].siblingGroupId || c.siblingGroupId === null)) {
      household.limitExemptions.push({ childIds: children.map((c) => c.childRef) });
    }
    household.currentPlacements.push(...children);
    for (const child of children) placements.push(placementOf(random, geography, household, child, today));
  }
  return placements;
}

function placedChildren(random: SeedRandom, household: HouseholdRow): PlacedChildRow[] {
  let count = 0;
  for (let k = 0; k < household.maxChildren; k++) if (random.chance(FILL_RATE)) count++;
  const siblings = count >= 2 && random.chance(count > USUAL_FOSTERING_LIMIT ? 0.6 : SIBLINGS_SHARE) ? random.uuid() : null;
  const oldest = Math.min(household.maxAge, 17);
  return Array.from({ length: count }, () => ({
    childRef: random.uuid(),
    age: random.int(Math.min(household.minAge, oldest), oldest),
    siblingGroupId: siblings,
  }));
}

function placementOf(random: SeedRandom, geography: SeedGeography, household: HouseholdRow, child: PlacedChildRow, today: Date): PlacementRow {
  const home = geography.byCode.get(household.councilCode)!;
  const placing = placingCouncil(random, geography, home);
  const childHome = random.pointIn(placing);
  const within = placing.code === household.councilCode;
  const type: FosteringType = household.fosteringTypes.includes('long-term') && random.chance(0.55) ? 'long-term' : 'short-term';
  const codes = placementCodes({
    connectedPerson: false, fosteringType: type, fosteringForAdoption: false, placingCouncilCode: placing.code,
    provider: household.agency ? { kind: 'agency', sector: household.agency.sector } : { kind: 'council', councilCode: household.councilCode },
  });
  return {
    id: random.uuid(),
    householdId: household.id,
    child,
    placingCouncilCode: placing.code,
    ...codes,
    distanceMiles: distanceMiles(childHome, household),
    withinPlacingCouncil: within,
    atADistance: !within && !placing.neighbours.includes(household.councilCode),
    startedAt: new Date(today.getTime() - random.int(1, 1100) * 86_400_000),
  };
}

/** Most children live in their own council's homes; DfE 2025: 44% are placed outside it. */
function placingCouncil(random: SeedRandom, geography: SeedGeography, home: SeedCouncil): SeedCouncil {
  const roll = random.next();
  if (roll < 0.56 || (roll < 0.84 && home.neighbours.length === 0)) return home;
  if (roll < 0.84) return geography.byCode.get(random.pick(home.neighbours))!;
  const region = geography.councils.filter((c) => c.regionCode === home.regionCode);
  return random.pick(region);
}
