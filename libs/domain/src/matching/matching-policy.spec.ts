import { DEFAULT_MATCHING_POLICY, matchingPolicy, type MatchingPolicyOverrides } from './matching-policy';

describe('matchingPolicy', () => {
  it('uses the defaults when a council sets nothing', () => {
    expect(matchingPolicy()).toEqual({ ok: true, policy: DEFAULT_MATCHING_POLICY });
  });

  it('defines "near" the family home as the DfE figure of 20 miles by default', () => {
    expect(DEFAULT_MATCHING_POLICY.nearHomeMiles).toBe(20);
  });

  it("keeps the defaults a council's overrides leave out", () => {
    const result = matchingPolicy({ weights: { 'weekly-cost': 0 }, widening: { enoughCandidates: 5 } });
    if (!result.ok) throw new Error('expected a valid policy');
    expect(result.policy.weights['weekly-cost']).toBe(0);
    expect(result.policy.weights['near-family-home']).toBe(25);
    expect(result.policy.widening).toEqual({ ...DEFAULT_MATCHING_POLICY.widening, enoughCandidates: 5 });
  });

  it.each<[string, MatchingPolicyOverrides, string]>([
    ['a negative weight', { weights: { 'near-school': -1 } }, 'weights.near-school'],
    ['a weight that is not a number', { weights: { 'near-school': Number.NaN } }, 'weights.near-school'],
    ['every weight 0', { weights: Object.fromEntries(Object.keys(DEFAULT_MATCHING_POLICY.weights).map((k) => [k, 0])) }, 'weights'],
    ['"near" of 0 miles', { nearHomeMiles: 0 }, 'nearHomeMiles'],
    ['an adjoining-council value above 1', { adjoiningCouncilValue: 1.5 }, 'adjoiningCouncilValue'],
    ['a cost range the wrong way round', { weeklyCost: { lowestPounds: 900, highestPounds: 500 } }, 'weeklyCost'],
    ['radii that do not increase', { widening: { radiiMiles: [20, 10] } }, 'widening.radiiMiles'],
    ['nowhere to search', { widening: { radiiMiles: [], thenWholeCountry: false } }, 'widening'],
    ['a fractional number of candidates', { widening: { enoughCandidates: 2.5 } }, 'widening.enoughCandidates'],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    const result = matchingPolicy(overrides);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
  });
});
