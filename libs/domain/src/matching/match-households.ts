import { assessHousehold, type Candidate } from './assess-household';
import { EXCLUSION_REASONS, type Exclusion, type ExclusionReason } from './exclusion-reasons';
import { explainCandidate, type CandidateExplanation } from './explain-candidate';
import type { HouseholdProfile } from './household-profile';
import type { PreparedReferral } from './prepare-referral';
import { TopCandidates } from './rank-candidates';

/** A home in the result list, with its place and why it is there. */
export interface RankedCandidate {
  /** 1 is the best home. */
  readonly rank: number;
  readonly candidate: Candidate;
  readonly explanation: CandidateExplanation;
}

/** The outcome of one search: the best homes in order, and how many were eligible or excluded and why. */
export interface MatchResult {
  readonly ranked: readonly RankedCandidate[];
  readonly eligibleCount: number;
  readonly excludedCounts: Readonly<Record<ExclusionReason, number>>;
}

/** Homes shown per search unless the caller asks for another number. */
export const DEFAULT_RESULT_LIMIT = 50;

/** Measures every household against one prepared referral and returns the best `limit`, ranked and explained. */
export function matchHouseholds(
  prepared: PreparedReferral,
  households: readonly HouseholdProfile[],
  limit: number = DEFAULT_RESULT_LIMIT,
): MatchResult {
  return rankAssessments(prepared, households.map((household) => assessHousehold(prepared, household)), limit);
}

/**
 * The same result from households already assessed (a widening search assesses each home once,
 * as it arrives, to know when it has enough; ranking then reuses those assessments).
 */
export function rankAssessments(prepared: PreparedReferral, assessments: readonly (Exclusion | Candidate)[], limit: number = DEFAULT_RESULT_LIMIT): MatchResult {
  const top = new TopCandidates(limit);
  const excludedCounts = Object.fromEntries(EXCLUSION_REASONS.map((reason) => [reason, 0])) as Record<ExclusionReason, number>;
  let eligibleCount = 0;
  for (const assessment of assessments) {
    if (assessment.eligible) {
      eligibleCount++;
      top.offer(assessment);
    } else excludedCounts[assessment.reason]++;
  }
  const ranked = top.ranked().map((candidate, i) => ({ rank: i + 1, candidate, explanation: explainCandidate(prepared, candidate) }));
  return { ranked, eligibleCount, excludedCounts };
}
