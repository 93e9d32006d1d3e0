import { councilRelation } from './council-relation';
import { milesFrom, roundMiles, toRadians } from './distance';
import type { Exclusion } from './exclusion-reasons';
import { checkHardRules } from './hard-rules';
import type { HouseholdProfile } from './household-profile';
import type { PreparedReferral } from './prepare-referral';
import { scoreCandidate, type CandidateFacts } from './score-candidate';

/** s22C(7): connected persons (tier 1) are preferred to every other foster carer (tier 2), whatever the score. */
export const MATCH_TIERS = [1, 2] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** How each tier is named to officers. */
export const MATCH_TIER_LABELS: Record<MatchTier, string> = { 1: 'Connected person', 2: 'Foster carer' };

/** A household that may take the child, with its tier and score. */
export interface Candidate extends CandidateFacts {
  readonly eligible: true;
  readonly tier: MatchTier;
  readonly score: number;
}

/** One household measured against one referral: excluded with a reason, or a scored candidate. */
export function assessHousehold(prepared: PreparedReferral, household: HouseholdProfile): Exclusion | Candidate {
  const admission = checkHardRules(prepared, household);
  if (!admission.eligible) return admission;
  const latRad = toRadians(household.location.latitude);
  const lonRad = toRadians(household.location.longitude);
  const cosLat = Math.cos(latRad);
  const candidate: Writable<Candidate> = {
    eligible: true,
    household,
    tier: matchTier(prepared, household),
    score: 0,
    takesChildIds: admission.takesChildIds,
    outsideTerms: admission.outsideTerms,
    homeMiles: roundMiles(milesFrom(prepared.home, latRad, lonRad, cosLat)),
    schoolMiles: prepared.school === null ? null : roundMiles(milesFrom(prepared.school, latRad, lonRad, cosLat)),
    councilRelation: councilRelation(prepared, household.councilCode),
  };
  // Completed in place before anyone sees it: a second object per home would double the garbage of a national search.
  candidate.score = scoreCandidate(prepared, candidate);
  return candidate;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A household temporarily approved for a child in this referral is a connected person by definition (reg 24). */
function matchTier(prepared: PreparedReferral, household: HouseholdProfile): MatchTier {
  return prepared.connected.has(household.id) || household.approval.status === 'temporarily-approved' ? 1 : 2;
}
