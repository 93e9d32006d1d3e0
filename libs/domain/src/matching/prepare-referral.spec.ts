import { buildChild, buildReferral, buildSiblings, FAMILY_HOME, prepare } from './match-test-builders';
import { SCORE_FACTORS } from './score-factors';

describe('prepareReferral', () => {
  it('treats two or more children as a sibling group when weighing shortage categories', () => {
    expect(prepare(buildReferral({ children: buildSiblings(4, 6) })).shortageNeeded).toEqual(['sibling-groups']);
    expect(prepare(buildReferral({ children: [buildChild({ shortageCategories: ['teenagers'] })] })).shortageNeeded).toEqual(['teenagers']);
  });

  it('shares the weight of the factors that apply so they always make 100 points', () => {
    for (const referral of [buildReferral(), buildReferral({ children: buildSiblings(3, 5), school: FAMILY_HOME, emergency: true })]) {
      const { points } = prepare(referral);
      expect(SCORE_FACTORS.reduce((sum, f) => sum + points[f], 0)).toBeCloseTo(100, 9);
    }
  });

  it('weighs being within the terms only in an emergency, when homes outside them may be offered', () => {
    expect(prepare(buildReferral()).applies['within-terms']).toBe(false);
    expect(prepare(buildReferral({ emergency: true })).applies['within-terms']).toBe(true);
  });

  it('works out the last day of an emergency placement outside the terms only for an emergency', () => {
    expect(prepare(buildReferral()).emergencyUntil).toBeNull();
    expect(prepare(buildReferral({ emergency: true })).emergencyUntil).toBe('2026-12-01');
  });

  it('takes the date of the search in London, not UTC', () => {
    // 23:30 UTC on 31 May is already 1 June in British Summer Time.
    expect(prepare(buildReferral(), { now: new Date('2026-05-31T23:30:00Z') }).today).toBe('2026-06-01');
  });

  it('refuses a referral with no children', () => {
    expect(() => prepare(buildReferral({ children: [] }))).toThrow(RangeError);
  });
});
