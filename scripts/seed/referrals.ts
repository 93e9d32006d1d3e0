import type { GeoPoint } from '@app/domain';
import type { SeedCouncil, SeedGeography } from './geography';
import { CULTURES, OTHER_LANGUAGES, RELIGIONS } from './household-profile';
import { referralChildren, type ReferralKind } from './referral-children';
import { dateFrom, type ReferralRow } from './seed-rows';
import { apportion, offset, type SeedRandom } from './seed-random';

/** Referrals made by the seed are found (and replaced) by this author. */
export const SEED_AUTHOR = 'seed';
const UASC_LANGUAGES = ['ar', 'ps', 'ku', 'ti', 'fa', 'so', 'sq', 'am', 'vi'];
const UASC_CULTURES = ['Afghan', 'Eritrean', 'Sudanese', 'Albanian', 'Iranian', 'Kurdish', 'Vietnamese', 'Syrian'];
const SIBLING_SHARE = 0.25;
const PARENT_AND_CHILD_SHARE = 0.04;
const EMERGENCY_SHARE = 0.1;

/** Open referrals in every council, in proportion to its children in foster care. */
export function generateReferrals(random: SeedRandom, geography: SeedGeography, count: number, today: Date): ReferralRow[] {
  const counts = apportion(geography.councils.map((c) => c.fosterChildren), count);
  const referrals: ReferralRow[] = [];
  geography.councils.forEach((council, i) => {
    for (let k = 0; k < counts[i]; k++) referrals.push(referral(random, geography, council, today));
  });
  return referrals;
}

function referral(random: SeedRandom, geography: SeedGeography, council: SeedCouncil, today: Date): ReferralRow {
  const kind = kindOf(random, council);
  const children = referralChildren(random, kind, geography.ageBands);
  const emergency = kind !== 'parent-and-child' && random.chance(EMERGENCY_SHARE);
  // Families move: a few live just over the border in a neighbouring council.
  const homeCouncil = council.neighbours.length > 0 && random.chance(0.05) ? geography.byCode.get(random.pick(council.neighbours))! : council;
  const home = random.pointIn(homeCouncil);
  const schoolAge = children.some((c) => c.ageYears >= 5 && c.ageYears <= 16);
  const school = schoolAge && random.chance(0.6) ? offset(home, 0.2 + random.next() * 4, random.next() * 2 * Math.PI) : null;
  return {
    id: random.uuid(),
    placingCouncilCode: council.code,
    siblingGroupId: children.length > 1 ? random.uuid() : null,
    familyHome: { ...home, postcode: random.outcodeNear(homeCouncil, home) },
    school: school && { ...school, postcode: random.outcodeNear(homeCouncil, school) },
    fosteringType: fosteringType(random, kind, emergency, children[0].ageYears),
    neededBy: dateFrom(today, emergency ? 0 : random.int(1, 56)),
    emergency,
    splitAllowed: children.length > 1 && random.chance(0.3),
    ...identity(random, kind),
    exclusionZones: exclusionZones(random, home, children[0].ageYears),
    connectedHouseholdIds: [],
    children,
    createdAt: new Date(today.getTime() - random.int(0, 90 * 24) * 3_600_000),
  };
}

function kindOf(random: SeedRandom, council: SeedCouncil): ReferralKind {
  const uasc = Math.min(0.5, council.uascShare);
  return random.weighted([[uasc, 'uasc'], [PARENT_AND_CHILD_SHARE, 'parent-and-child'], [SIBLING_SHARE, 'siblings'],
    [1 - uasc - PARENT_AND_CHILD_SHARE - SIBLING_SHARE, 'single']] as const);
}

function fosteringType(random: SeedRandom, kind: ReferralKind, emergency: boolean, age: number): string {
  if (kind === 'parent-and-child') return 'parent-and-child';
  if (emergency) return 'emergency';
  const type = random.weighted([[0.55, 'short-term'], [0.33, 'long-term'], [0.08, 'short-breaks'], [0.04, 'remand']] as const);
  return type === 'remand' && age < 12 ? 'short-term' : type;
}

/** Language, religion and culture: stated for some children, for most unaccompanied asylum seekers. */
function identity(random: SeedRandom, kind: ReferralKind): Pick<ReferralRow, 'languages' | 'religion' | 'culturalBackground'> {
  if (kind === 'uasc') {
    return { languages: [random.pick(UASC_LANGUAGES)], religion: random.chance(0.6) ? 'Muslim' : null, culturalBackground: random.pick(UASC_CULTURES) };
  }
  return {
    languages: random.chance(0.08) ? ['en', random.pick(OTHER_LANGUAGES)] : [],
    religion: random.chance(0.25) ? random.weighted(RELIGIONS) : null,
    culturalBackground: random.chance(0.3) ? random.weighted(CULTURES) : null,
  };
}

/** Children at risk of exploitation (mostly teenagers) must be kept away from an area near home. */
function exclusionZones(random: SeedRandom, home: GeoPoint, age: number): ReferralRow['exclusionZones'] {
  if (!random.chance(age >= 12 ? 0.1 : 0.02)) return [];
  return Array.from({ length: random.chance(0.8) ? 1 : 2 }, () => ({
    ...offset(home, random.next() * 6, random.next() * 2 * Math.PI),
    radiusMiles: Math.round((0.5 + random.next() * 2.5) * 10) / 10,
  }));
}
