import type { SeedGeography } from './geography';
import { householdProfile } from './household-profile';
import { buildHousehold, type HouseholdFactory } from './households';
import { dateFrom, type HouseholdRow, type ReferralRow } from './seed-rows';
import type { SeedRandom } from './seed-random';

/** Referrals naming a connected person (a relative or friend; s22C(6)): a few per cent. */
const CONNECTED_SHARE = 0.03;
/** Reg 24 approval lasts 16 weeks; some have lapsed and must be excluded. */
const EXPIRED_SHARE = 0.15;
const TEMPORARY_APPROVAL_DAYS = 16 * 7;

/**
 * Connected persons for a few referrals: mostly a relative temporarily approved for exactly these
 * children (reg 24), near home or anywhere in England; otherwise an approved carer the family knows.
 * Returns the new households; the referrals gain their ids.
 */
export function addConnectedPersons(
  random: SeedRandom, geography: SeedGeography, households: readonly HouseholdRow[], referrals: readonly ReferralRow[], factory: HouseholdFactory, today: Date,
): HouseholdRow[] {
  const byCouncil = approvedByCouncil(households);
  const added: HouseholdRow[] = [];
  for (const referral of referrals) {
    if (!random.chance(CONNECTED_SHARE)) continue;
    const known = byCouncil.get(referral.placingCouncilCode) ?? [];
    if (random.chance(1 / 3) && known.length > 0) {
      referral.connectedHouseholdIds.push(random.pick(known).id);
      continue;
    }
    const relative = temporarilyApproved(random, geography, referral, factory, today);
    referral.connectedHouseholdIds.push(relative.id);
    added.push(relative);
  }
  return added;
}

function temporarilyApproved(random: SeedRandom, geography: SeedGeography, referral: ReferralRow, factory: HouseholdFactory, today: Date): HouseholdRow {
  const council = random.chance(0.7) ? geography.byCode.get(referral.placingCouncilCode)! : random.pick(geography.councils);
  const types = [...new Set([referral.fosteringType, 'short-term'])];
  const profile = {
    ...householdProfile(random), minAge: 0, maxAge: 18, maxChildren: referral.children.length, fosteringTypes: types,
    shortageCategories: [], yearsFostering: 0,
  };
  // The placing council assesses and approves the child's relative, wherever the relative lives.
  const relative = buildHousehold(random, council, null, {
    ...factory, councilServiceIds: new Map([[council.code, factory.councilServiceIds.get(referral.placingCouncilCode)!]]),
  }, profile);
  relative.approvalStatus = 'temporarily-approved';
  const untilDays = random.chance(EXPIRED_SHARE) ? -random.int(1, 30) : random.int(7, 112);
  relative.temporaryFrom = dateFrom(today, untilDays - TEMPORARY_APPROVAL_DAYS);
  relative.temporaryUntil = dateFrom(today, untilDays);
  relative.temporaryForChildIds = referral.children.map((c) => c.id);
  return relative;
}

/**
 * A few written exemptions from the usual fostering limit (Sch 7 para 4), each naming the children
 * of an open sibling-group referral, granted to a roomy household of the placing council.
 */
export function grantLimitExemptions(random: SeedRandom, households: readonly HouseholdRow[], referrals: readonly ReferralRow[]): number {
  const roomy = approvedByCouncil(households.filter((h) => h.maxChildren >= 3));
  const wanted = Math.max(2, Math.round(referrals.length / 250));
  let granted = 0;
  for (const referral of referrals) {
    if (granted >= wanted) break;
    const homes = roomy.get(referral.placingCouncilCode);
    if (referral.children.length < 2 || !homes || !random.chance(0.2)) continue;
    random.pick(homes).limitExemptions.push({ childIds: referral.children.map((c) => c.id) });
    granted++;
  }
  return granted;
}

function approvedByCouncil(households: readonly HouseholdRow[]): Map<string, HouseholdRow[]> {
  const map = new Map<string, HouseholdRow[]>();
  for (const h of households) {
    if (h.approvalStatus !== 'approved') continue;
    const list = map.get(h.councilCode);
    if (list) list.push(h);
    else map.set(h.councilCode, [h]);
  }
  return map;
}
