import type { CouncilRelation } from './council-relation';
import {
  costValue,
  councilValue,
  experienceValue,
  identityMatches,
  needsMet,
  proximityValue,
  shortageMatches,
} from './factor-values';
import type { HouseholdProfile } from './household-profile';
import type { Admission } from './admission';
import type { PreparedReferral } from './prepare-referral';

/** What the hard rules and the map say about a household that may take the child. */
export interface CandidateFacts extends Omit<Admission, 'eligible'> {
  readonly household: HouseholdProfile;
  /** Straight-line miles to the family home, to one decimal place (the DfE method). */
  readonly homeMiles: number;
  /** Straight-line miles to the school, to one decimal place; null when the referral gives no school. */
  readonly schoolMiles: number | null;
  readonly councilRelation: CouncilRelation;
}

/**
 * The score (0..100) that orders homes within a tier: each factor's value (0..1) times its
 * share of the weight. Factors that do not apply to this referral carry no weight.
 */
export function scoreCandidate(prepared: PreparedReferral, facts: CandidateFacts): number {
  const household = facts.household;
  const points = prepared.points;
  const policy = prepared.context.policy;
  let score =
    points['near-family-home'] * proximityValue(facts.homeMiles, policy.nearHomeMiles) +
    points['within-placing-council'] * councilValue(facts.councilRelation, policy) +
    points['carer-experience'] * experienceValue(household.yearsFostering, policy) +
    points['weekly-cost'] * costValue(household.weeklyCostPounds, policy);
  if (facts.schoolMiles !== null) score += points['near-school'] * proximityValue(facts.schoolMiles, policy.nearSchoolMiles);
  if (facts.outsideTerms.length === 0) score += points['within-terms'];
  score += points['siblings-together'] * (facts.takesChildIds.length / prepared.childIds.length);
  if (prepared.needs.length > 0) score += points['disability-needs'] * (needsMet(prepared.needs, household) / prepared.needs.length);
  if (prepared.shortageNeeded.length > 0) {
    score += points['shortage-category-fit'] * (shortageMatches(prepared.shortageNeeded, household) / prepared.shortageNeeded.length);
  }
  if (prepared.identityStated > 0) {
    score += points['language-religion-culture'] * (identityMatches(prepared.referral, household) / prepared.identityStated);
  }
  return score;
}
