import type { CalendarDate } from '../calendar/calendar-date';
import { assessHousehold } from './assess-household';
import { explainCandidate } from './explain-candidate';
import { checkHardRules } from './hard-rules';
import type { PlacedChild } from './household-profile';
import {
  buildChild,
  buildHousehold,
  buildReferral,
  buildSiblings,
  childId,
  FAMILY_HOME,
  milesNorthOf,
  prepare,
  siblingGroupId,
  type HouseholdOverrides,
} from './match-test-builders';
import type { Referral } from './referral';

const unrelated = (...ages: number[]): PlacedChild[] => ages.map((age, i) => ({ age, siblingGroupId: siblingGroupId(`other-${i}`) }));

function admitted(referral: Partial<Referral>, household: HouseholdOverrides, now?: Date) {
  const prepared = prepare(buildReferral(referral), now ? { now } : {});
  const result = assessHousehold(prepared, buildHousehold(household));
  if (!result.eligible) throw new Error(`expected the home to be eligible, but: ${result.reason}`);
  return explainCandidate(prepared, result);
}

function reason(referral: Partial<Referral>, household: HouseholdOverrides): string {
  const result = checkHardRules(prepare(buildReferral(referral)), buildHousehold(household));
  return result.eligible ? 'eligible' : result.reason;
}

describe('emergency placements outside the terms of approval (reg 23)', () => {
  it('an emergency search includes a home outside its age range, flagged, until the 6th working day', () => {
    const sut = admitted({ emergency: true, children: [buildChild({ age: 15 })] }, { terms: { maxAge: 10 } });
    expect(sut.outsideTermsEmergency).toEqual({ terms: ['age-range'], until: '2026-12-01' });
    expect(sut.summary).toContain('emergency only: outside terms (age-range) until 2026-12-01');
  });

  it.each<[string, Partial<Referral>, HouseholdOverrides, string[]]>([
    ['a type of fostering it is not approved for', { fosteringType: 'remand' }, {}, ['type-of-fostering']],
    ['more children than it is approved for', { children: buildSiblings(4, 6) }, { terms: { maxChildren: 1 } }, ['number-of-children']],
    ['all three terms at once', { fosteringType: 'remand', children: buildSiblings(14, 16) }, { terms: { maxChildren: 1, maxAge: 12 } }, ['age-range', 'number-of-children', 'type-of-fostering']],
  ])('an emergency search includes a home taking %s, flagged', (_, referral, household, terms) => {
    expect(admitted({ emergency: true, ...referral }, household).outsideTermsEmergency?.terms).toEqual(terms);
  });

  it('counts the 6 working days past Christmas and New Year bank holidays', () => {
    const sut = admitted({ emergency: true, children: [buildChild({ age: 15 })] }, { terms: { maxAge: 10 } }, new Date('2026-12-22T09:00:00Z'));
    expect(sut.outsideTermsEmergency?.until).toBe('2027-01-04');
  });

  it('does not flag an emergency placement that is within the terms', () => {
    expect(admitted({ emergency: true }, {}).outsideTermsEmergency).toBeNull();
  });

  it.each<[string, Partial<Referral>, HouseholdOverrides, string]>([
    ['the usual fostering limit', {}, { terms: { maxChildren: 4 }, placedChildren: unrelated(5, 7, 9) }, 'usual-fostering-limit'],
    ['an exclusion zone', { exclusionZones: [{ centre: milesNorthOf(FAMILY_HOME, 5), radiusMiles: 2 }] }, {}, 'inside-exclusion-zone'],
    ['an expired temporary approval', {}, { approval: { status: 'temporarily-approved', until: '2026-11-01' as CalendarDate, forChildIds: [childId('C1')] } }, 'temporary-approval-expired'],
    ['approval on hold', {}, { approval: { status: 'on-hold' } }, 'approval-on-hold'],
    ["a child's stated constraint", { children: [buildChild({ constraints: { noPets: true } })] }, { pets: ['dog'] }, 'pets-in-home'],
  ])('an emergency never overrides %s', (_, referral, household, expected) => {
    expect(reason({ emergency: true, ...referral }, household)).toBe(expected);
  });

  it('a search that is not an emergency never includes a home outside its terms', () => {
    expect(reason({ children: [buildChild({ age: 15 })] }, { terms: { maxAge: 10 } })).toBe('age-outside-terms');
  });
});

describe('splitting a sibling group', () => {
  const threeSiblings = buildSiblings(4, 7, 9);

  it('splits a sibling group only when the officer allows it, saying which children this home could take', () => {
    const sut = admitted({ children: threeSiblings, splitAllowed: true }, { terms: { maxChildren: 2 } });
    expect(sut.split).toEqual({ takes: ['C1', 'C2'], leaves: ['C3'] });
    expect(sut.summary).toContain('would take 2 of the 3 children');
  });

  it('excludes a home that could take only some of the group when splitting is not allowed', () => {
    expect(reason({ children: threeSiblings }, { terms: { maxChildren: 2 } })).toBe('not-enough-room-for-sibling-group');
  });

  it('keeps within the usual fostering limit when it splits', () => {
    const sut = admitted({ children: threeSiblings, splitAllowed: true }, { terms: { maxChildren: 5 }, placedChildren: unrelated(12, 14) });
    expect(sut.split?.takes).toEqual(['C1']);
  });

  it('leaves out a child whose own constraints the home breaks', () => {
    const children = [buildChild({ id: childId('C1') }), buildChild({ id: childId('C2'), constraints: { noPets: true } }), buildChild({ id: childId('C3') })];
    expect(admitted({ children, splitAllowed: true }, { pets: ['dog'] }).split).toEqual({ takes: ['C1', 'C3'], leaves: ['C2'] });
    expect(reason({ children }, { pets: ['dog'] })).toBe('pets-in-home');
  });

  it('excludes a home that could take none of the group even when splitting is allowed', () => {
    expect(reason({ children: threeSiblings, splitAllowed: true }, { terms: { minAge: 11 } })).toBe('age-outside-terms');
  });

  it('does not split a group the home can take whole', () => {
    expect(admitted({ children: threeSiblings, splitAllowed: true }, {}).split).toBeNull();
  });

  it('takes only the children a temporary approval names', () => {
    const approval = { status: 'temporarily-approved', until: '2027-02-01' as CalendarDate, forChildIds: [childId('C2')] } as const;
    expect(admitted({ children: threeSiblings, splitAllowed: true }, { approval }).split?.takes).toEqual(['C2']);
    expect(reason({ children: threeSiblings }, { approval })).toBe('temporary-approval-for-another-child');
  });
});
