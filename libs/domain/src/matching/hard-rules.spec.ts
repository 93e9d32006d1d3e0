import { checkHardRules } from './hard-rules';
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
import type { PlacedChild } from './household-profile';
import type { Referral } from './referral';
import type { CalendarDate } from '../calendar/calendar-date';

const day = (text: string) => text as CalendarDate;
const unrelated = (...ages: number[]): PlacedChild[] => ages.map((age, i) => ({ age, siblingGroupId: siblingGroupId(`other-${i}`) }));
const siblingsOfG1 = (...ages: number[]): PlacedChild[] => ages.map((age) => ({ age, siblingGroupId: siblingGroupId('G1') }));
const zoneAround = (miles: number, radiusMiles: number) => [{ centre: milesNorthOf(FAMILY_HOME, 5 + miles), radiusMiles }];

function outcome(referral: Partial<Referral>, household: HouseholdOverrides): string {
  const result = checkHardRules(prepare(buildReferral(referral)), buildHousehold(household));
  return result.eligible ? 'eligible' : result.reason;
}

describe('checkHardRules', () => {
  it.each<[string, Partial<Referral>, HouseholdOverrides, string]>([
    ['includes an approved home within its terms', {}, {}, 'eligible'],
    ['excludes a deregistered household', {}, { approval: { status: 'deregistered' } }, 'deregistered'],
    ['excludes a household whose approval is on hold', {}, { approval: { status: 'on-hold' } }, 'approval-on-hold'],
    ['excludes a connected person whose temporary approval ended yesterday', {}, { approval: { status: 'temporarily-approved', until: day('2026-11-22'), forChildIds: [childId('C1')] } }, 'temporary-approval-expired'],
    ['includes a connected person on the last day of a temporary approval', {}, { approval: { status: 'temporarily-approved', until: day('2026-11-23'), forChildIds: [childId('C1')] } }, 'eligible'],
    ['excludes a home temporarily approved only for another child', {}, { approval: { status: 'temporarily-approved', until: day('2027-01-31'), forChildIds: [childId('C9')] } }, 'temporary-approval-for-another-child'],
    ['excludes a child older than the age range', { children: [buildChild({ age: 12 })] }, { terms: { minAge: 0, maxAge: 11 } }, 'age-outside-terms'],
    ['excludes a child younger than the age range', { children: [buildChild({ age: 4 })] }, { terms: { minAge: 5, maxAge: 17 } }, 'age-outside-terms'],
    ['includes a child at the top of the age range', { children: [buildChild({ age: 11 })] }, { terms: { minAge: 5, maxAge: 11 } }, 'eligible'],
    ['includes a child at the bottom of the age range', { children: [buildChild({ age: 5 })] }, { terms: { minAge: 5, maxAge: 11 } }, 'eligible'],
    ['excludes a type of fostering outside the terms', { fosteringType: 'remand' }, {}, 'type-of-fostering-outside-terms'],
    ['excludes a home already caring for as many children as approved', {}, { terms: { maxChildren: 2 }, placedChildren: unrelated(6, 9) }, 'over-approved-number-of-children'],
    ['excludes a home approved for fewer children than the sibling group', { children: buildSiblings(3, 5, 7) }, { terms: { maxChildren: 2 } }, 'not-enough-room-for-sibling-group'],
    ['includes a home with room for the whole sibling group', { children: buildSiblings(3, 5, 7) }, {}, 'eligible'],
    ['excludes a 4th foster child who is not a sibling of those placed', {}, { terms: { maxChildren: 4 }, placedChildren: unrelated(6, 9, 12) }, 'usual-fostering-limit'],
    ['includes a 4th foster child whose brothers and sisters are the 3 placed', { siblingGroupId: siblingGroupId('G1') }, { terms: { maxChildren: 4 }, placedChildren: siblingsOfG1(6, 9, 12) }, 'eligible'],
    ['includes a sibling group of 4 in an empty home approved for 4', { children: buildSiblings(2, 4, 6, 8) }, { terms: { maxChildren: 4 } }, 'eligible'],
    ['excludes a sibling group that would make 4 with an unrelated child', { children: buildSiblings(2, 4, 6) }, { terms: { maxChildren: 4 }, placedChildren: unrelated(9) }, 'usual-fostering-limit'],
    ['includes a 4th foster child named in a written exemption', {}, { terms: { maxChildren: 4 }, placedChildren: unrelated(6, 9, 12), limitExemptions: [{ childIds: [childId('C1')] }] }, 'eligible'],
    ['excludes a 4th foster child when the exemption names other children', {}, { terms: { maxChildren: 4 }, placedChildren: unrelated(6, 9, 12), limitExemptions: [{ childIds: [childId('C7')] }] }, 'usual-fostering-limit'],
    ["does not count the carers' own children towards the usual limit", {}, { placedChildren: unrelated(6, 9), ownChildrenAges: [1, 3, 15] }, 'eligible'],
    ['never returns a home inside an exclusion zone', { exclusionZones: zoneAround(0, 1) }, {}, 'inside-exclusion-zone'],
    ['excludes a home whose published distance equals the zone radius', { exclusionZones: zoneAround(5.04, 5) }, {}, 'inside-exclusion-zone'],
    ['includes a home just outside an exclusion zone', { exclusionZones: zoneAround(5.1, 5) }, {}, 'eligible'],
    ['never returns a connected person inside an exclusion zone', { exclusionZones: zoneAround(0, 1), connectedPersonHouseholdIds: [buildHousehold().id] }, {}, 'inside-exclusion-zone'],
    ['excludes a home with another child for a child who must be the only one', { children: [buildChild({ constraints: { mustBeOnlyChild: true } })] }, { ownChildrenAges: [17] }, 'must-be-only-child'],
    ['excludes a home with a placed child for a child who must be the only one', { children: [buildChild({ constraints: { mustBeOnlyChild: true } })] }, { placedChildren: unrelated(15) }, 'must-be-only-child'],
    ['excludes a home with a younger child for a child who may live only with older ones', { children: [buildChild({ age: 10, constraints: { onlyWithOlderChildren: true } })] }, { ownChildrenAges: [9] }, 'younger-children-in-home'],
    ['excludes a home with a younger foster child for a child who may live only with older ones', { children: [buildChild({ age: 10, constraints: { onlyWithOlderChildren: true } })] }, { placedChildren: unrelated(7) }, 'younger-children-in-home'],
    ['includes a home whose children are the same age or older for a child who may live only with older ones', { children: [buildChild({ age: 10, constraints: { onlyWithOlderChildren: true } })] }, { ownChildrenAges: [10, 16] }, 'eligible'],
    ['excludes a home with pets for a child who cannot live with them', { children: [buildChild({ constraints: { noPets: true } })] }, { pets: ['cat'] }, 'pets-in-home'],
    ['excludes a home without the accessibility a child must have', { children: [buildChild({ constraints: { requiredAccessibility: ['wheelchair-accessible'] } })] }, { accessibility: ['step-free'] }, 'home-not-accessible'],
    ['includes a home with the accessibility a child must have', { children: [buildChild({ constraints: { requiredAccessibility: ['wheelchair-accessible'] } })] }, { accessibility: ['wheelchair-accessible', 'step-free'] }, 'eligible'],
    ['never excludes a home for its language, religion or culture', { languages: ['pl'], religion: 'catholic', culturalBackground: 'polish' }, { languages: ['en'], religion: 'muslim', culturalBackgrounds: ['pakistani'] }, 'eligible'],
  ])('%s', (_, referral, household, expected) => {
    expect(outcome(referral, household)).toBe(expected);
  });

  it('reports the first rule broken in a fixed order, so a reason is stable', () => {
    expect(outcome({ exclusionZones: zoneAround(0, 1) }, { approval: { status: 'deregistered' }, terms: { maxAge: 2 } })).toBe('inside-exclusion-zone');
    expect(outcome({}, { approval: { status: 'on-hold' }, terms: { maxAge: 2 } })).toBe('approval-on-hold');
  });
});
