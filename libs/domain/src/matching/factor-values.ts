import type { ShortageCategory } from '../recruitment/fostering-interest';
import { meetsNeed, type ChildNeed } from './child-needs';
import type { CouncilRelation } from './council-relation';
import type { HouseholdProfile } from './household-profile';
import type { MatchingPolicy } from './matching-policy';
import type { Referral } from './referral';

/**
 * Each factor's raw value normalised to 0..1 (1 is best). Distance values only fall as miles
 * grow, so moving a home closer can never lower its score.
 */

/** 1 at the door, a half at the policy's "near" distance, then towards 0. */
export function proximityValue(miles: number, nearMiles: number): number {
  return nearMiles / (nearMiles + miles);
}

/** 1 inside the placing council, the policy's value in an adjoining one, 0 at a distance. */
export function councilValue(relation: CouncilRelation, policy: MatchingPolicy): number {
  if (relation === 'inside') return 1;
  return relation === 'adjoining' ? policy.adjoiningCouncilValue : 0;
}

/** Years fostering, full value from the policy's number of years. */
export function experienceValue(years: number, policy: MatchingPolicy): number {
  return Math.min(1, Math.max(0, years) / policy.fullExperienceYears);
}

/** Cheaper scores higher, linearly between the policy's lowest and highest weekly cost. */
export function costValue(weeklyPounds: number, policy: MatchingPolicy): number {
  const { lowestPounds, highestPounds } = policy.weeklyCost;
  return Math.min(1, Math.max(0, (highestPounds - weeklyPounds) / (highestPounds - lowestPounds)));
}

/** How many of the referral's shortage categories the household is approved for or experienced in. */
export function shortageMatches(needed: readonly ShortageCategory[], household: HouseholdProfile): number {
  let matched = 0;
  for (let i = 0; i < needed.length; i++) if (household.shortageCategories.includes(needed[i])) matched++;
  return matched;
}

/** How many of the children's needs the household meets. */
export function needsMet(needs: readonly ChildNeed[], household: HouseholdProfile): number {
  let met = 0;
  for (let i = 0; i < needs.length; i++) if (meetsNeed(household, needs[i])) met++;
  return met;
}

/** s22(5)(c): a shared language, the same religion, a shared cultural background, each counting one. */
export function identityMatches(referral: Referral, household: HouseholdProfile): number {
  let matched = sharesAny(referral.languages, household.languages) ? 1 : 0;
  if (referral.religion !== null && referral.religion === household.religion) matched++;
  if (referral.culturalBackground !== null && household.culturalBackgrounds.includes(referral.culturalBackground)) matched++;
  return matched;
}

function sharesAny(wanted: readonly string[], offered: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (offered.includes(wanted[i])) return true;
  return false;
}
