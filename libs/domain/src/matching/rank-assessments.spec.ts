import { assessHousehold } from './assess-household';
import { matchHouseholds, rankAssessments } from './match-households';
import { buildHousehold, buildReferral, milesNorthOf, prepare } from './match-test-builders';

describe('ranking households already assessed', () => {
  it('gives exactly what assessing and ranking them in one go gives', () => {
    const referral = buildReferral();
    const households = [1, 5, 3, 8, 2].map((miles, i) => buildHousehold({
      id: `h${i}` as never, location: milesNorthOf(referral.familyHome, miles),
      ...(i === 3 ? { approval: { status: 'on-hold' } } : {}),
    }));
    const prepared = prepare(referral);
    const once = rankAssessments(prepared, households.map((h) => assessHousehold(prepared, h)), 3);
    expect(once).toEqual(matchHouseholds(prepared, households, 3));
    expect(once.eligibleCount).toBe(4);
    expect(once.excludedCounts['approval-on-hold']).toBe(1);
  });
});
