import type { FieldProblem } from '../shared/domain-error';
import { SCORE_FACTORS, type FactorWeights } from './score-factors';

/** How far a search widens when it has not yet found enough eligible homes. */
export interface WideningPolicy {
  /** Radii around the family home, smallest first. */
  readonly radiiMiles: readonly number[];
  /** After the last radius, search the whole country. */
  readonly thenWholeCountry: boolean;
  /** Eligible homes that are enough to stop widening. */
  readonly enoughCandidates: number;
}

/** A placing council's matching policy: weights and thresholds ("near" is deliberately undefined in law). */
export interface MatchingPolicy {
  readonly weights: FactorWeights;
  /** Miles at which the near-family-home value has halved (DfE reports placements over 20 miles from home). */
  readonly nearHomeMiles: number;
  /** Miles at which the near-school value has halved. */
  readonly nearSchoolMiles: number;
  /** Value (0..1) of a home in a council adjoining the placing council; inside is 1, at a distance 0. */
  readonly adjoiningCouncilValue: number;
  /** Years fostering that earn the full experience value. */
  readonly fullExperienceYears: number;
  /** Weekly costs at or below `lowestPounds` score 1, at or above `highestPounds` 0. */
  readonly weeklyCost: { readonly lowestPounds: number; readonly highestPounds: number };
  readonly widening: WideningPolicy;
}

/** The defaults, for councils that have not set their own. */
export const DEFAULT_MATCHING_POLICY: MatchingPolicy = {
  // The s22C(8)–(9) factors carry most of the weight; cost is no statutory factor, so it only
  // separates otherwise similar homes and cannot outweigh a child's welfare.
  weights: {
    'near-family-home': 25,
    'near-school': 15,
    'within-placing-council': 10,
    'siblings-together': 15,
    'disability-needs': 10,
    'shortage-category-fit': 10,
    'language-religion-culture': 10,
    'carer-experience': 5,
    'weekly-cost': 5,
    'within-terms': 10,
  },
  nearHomeMiles: 20,
  nearSchoolMiles: 10,
  adjoiningCouncilValue: 0.5,
  fullExperienceYears: 10,
  weeklyCost: { lowestPounds: 400, highestPounds: 1200 },
  widening: { radiiMiles: [10, 20, 40, 80, 160], thenWholeCountry: true, enoughCandidates: 20 },
};

/** A council's changes to the defaults; anything left out keeps its default. */
export interface MatchingPolicyOverrides {
  readonly weights?: Partial<FactorWeights>;
  readonly nearHomeMiles?: number;
  readonly nearSchoolMiles?: number;
  readonly adjoiningCouncilValue?: number;
  readonly fullExperienceYears?: number;
  readonly weeklyCost?: MatchingPolicy['weeklyCost'];
  readonly widening?: Partial<WideningPolicy>;
}

/** A usable policy, or every problem with the overrides. */
export type MatchingPolicyResult =
  | { readonly ok: true; readonly policy: MatchingPolicy }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** The defaults with a council's overrides applied, or every problem with them. */
export function matchingPolicy(overrides: MatchingPolicyOverrides = {}): MatchingPolicyResult {
  const d = DEFAULT_MATCHING_POLICY;
  const policy: MatchingPolicy = {
    ...d,
    ...overrides,
    weights: { ...d.weights, ...overrides.weights },
    weeklyCost: overrides.weeklyCost ?? d.weeklyCost,
    widening: { ...d.widening, ...overrides.widening },
  };
  const problems = policyProblems(policy);
  return problems.length === 0 ? { ok: true, policy } : { ok: false, problems };
}

/** Every way a policy is unusable: scores must stay 0..100 and closer must never score lower. */
export function policyProblems(policy: MatchingPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (ok: boolean, field: string, rule: string, message: string) => {
    if (!ok) problems.push({ field, rule, message });
  };
  for (const factor of SCORE_FACTORS) {
    const w = policy.weights[factor];
    check(Number.isFinite(w) && w >= 0, `weights.${factor}`, 'min', 'A weight must be a number, 0 or more');
  }
  check(SCORE_FACTORS.some((f) => policy.weights[f] > 0), 'weights', 'any-positive', 'At least one weight must be above 0');
  check(policy.nearHomeMiles > 0, 'nearHomeMiles', 'positive', '"Near" the family home must be more than 0 miles');
  check(policy.nearSchoolMiles > 0, 'nearSchoolMiles', 'positive', '"Near" the school must be more than 0 miles');
  check(policy.adjoiningCouncilValue >= 0 && policy.adjoiningCouncilValue <= 1, 'adjoiningCouncilValue', 'range', 'Must be between 0 and 1');
  check(policy.fullExperienceYears > 0, 'fullExperienceYears', 'positive', 'Must be more than 0 years');
  const cost = policy.weeklyCost;
  check(cost.lowestPounds >= 0 && cost.highestPounds > cost.lowestPounds, 'weeklyCost', 'range', 'The highest cost must be above the lowest');
  const radii = policy.widening.radiiMiles;
  check(radii.every((r, i) => r > 0 && (i === 0 || r > radii[i - 1])), 'widening.radiiMiles', 'ascending', 'Radii must be above 0 and increase');
  check(radii.length > 0 || policy.widening.thenWholeCountry, 'widening', 'non-empty', 'A search needs at least one radius or the whole country');
  check(Number.isInteger(policy.widening.enoughCandidates) && policy.widening.enoughCandidates > 0, 'widening.enoughCandidates', 'positive', 'Must be a whole number above 0');
  return problems;
}
