import fc from 'fast-check';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import { assessHousehold } from './assess-household';
import { ACCESSIBILITY_FEATURES, CHILD_NEEDS } from './child-needs';
import { distanceMiles, haversineMiles } from './distance';
import type { HouseholdProfile } from './household-profile';
import { matchHouseholds } from './match-households';
import {
  buildHousehold,
  buildReferral,
  childId,
  householdId,
  KENT,
  MANCHESTER,
  prepare,
  SALFORD,
  siblingGroupId,
} from './match-test-builders';
import type { Referral, ReferredChild } from './referral';
import { FOSTERING_TYPES, OUTSIDE_TERMS, type OutsideTerm } from './terms-of-approval';
import type { CalendarDate } from '../calendar/calendar-date';

const TODAY = '2026-11-23';
const CHILD_IDS = ['C1', 'C2', 'C3', 'C4'].map(childId);
const GROUPS = [siblingGroupId('G1'), siblingGroupId('G2'), null];
const sometimes = fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 });
const point = fc.record({ latitude: fc.double({ min: 52.9, max: 54.1, noNaN: true }), longitude: fc.double({ min: -3.2, max: -1.2, noNaN: true }) });

const child = fc.record({
  age: fc.integer({ min: 0, max: 17 }),
  needs: fc.subarray([...CHILD_NEEDS], { maxLength: 2 }),
  shortageCategories: fc.subarray([...SHORTAGE_CATEGORIES], { maxLength: 2 }),
  constraints: fc.record({ mustBeOnlyChild: sometimes, onlyWithOlderChildren: sometimes, noPets: sometimes, requiredAccessibility: fc.subarray([...ACCESSIBILITY_FEATURES], { maxLength: 1 }) }),
});

const approval = fc.oneof(
  { arbitrary: fc.constant({ status: 'approved' as const }), weight: 6 },
  fc.record({
    status: fc.constant('temporarily-approved' as const),
    until: fc.constantFrom('2026-11-22', TODAY, '2027-02-01').map((d) => d as CalendarDate),
    forChildIds: fc.subarray([...CHILD_IDS, childId('C9')], { minLength: 1 }),
  }),
  fc.constant({ status: 'on-hold' as const }),
  fc.constant({ status: 'deregistered' as const }),
);

const household = fc.record({
  councilCode: fc.constantFrom(MANCHESTER, SALFORD, KENT),
  location: point,
  approval,
  terms: fc.record({ minAge: fc.integer({ min: 0, max: 10 }), ageSpan: fc.integer({ min: 0, max: 17 }), maxChildren: fc.integer({ min: 1, max: 5 }), fosteringTypes: fc.subarray([...FOSTERING_TYPES], { minLength: 1 }) })
    .map(({ minAge, ageSpan, ...rest }) => ({ minAge, maxAge: Math.min(17, minAge + ageSpan), ...rest })),
  shortageCategories: fc.subarray([...SHORTAGE_CATEGORIES]),
  placedChildren: fc.array(fc.record({ age: fc.integer({ min: 0, max: 17 }), siblingGroupId: fc.constantFrom(...GROUPS) }), { maxLength: 4 }),
  limitExemptions: fc.array(fc.record({ childIds: fc.subarray(CHILD_IDS, { minLength: 1 }) }), { maxLength: 1 }),
  languages: fc.subarray(['en', 'pl', 'ur']),
  religion: fc.constantFrom(null, 'christian', 'muslim'),
  culturalBackgrounds: fc.subarray(['polish', 'pakistani', 'british']),
  accessibility: fc.subarray([...ACCESSIBILITY_FEATURES]),
  experiencedWithNeeds: fc.subarray([...CHILD_NEEDS]),
  pets: fc.subarray(['dog', 'cat'] as const),
  ownChildrenAges: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 2 }),
  yearsFostering: fc.integer({ min: 0, max: 30 }),
  weeklyCostPounds: fc.integer({ min: 300, max: 1500 }),
});

const search = fc
  .record({
    children: fc.array(child, { minLength: 1, maxLength: 4 }),
    siblingGroupId: fc.constantFrom(siblingGroupId('G1'), null),
    school: fc.option(point),
    fosteringType: fc.constantFrom(...FOSTERING_TYPES),
    emergency: fc.boolean(),
    splitAllowed: fc.boolean(),
    languages: fc.subarray(['en', 'pl', 'ur'], { maxLength: 1 }),
    religion: fc.constantFrom(null, 'christian', 'muslim'),
    culturalBackground: fc.constantFrom(null, 'polish', 'pakistani'),
    exclusionZones: fc.array(fc.record({ centre: point, radiusMiles: fc.double({ min: 1, max: 25, noNaN: true }) }), { maxLength: 2 }),
    connected: fc.subarray([0, 1, 2, 3, 4]),
    households: fc.array(household, { maxLength: 25 }),
  })
  .map(({ children, connected, households, ...rest }) => ({
    referral: buildReferral({
      ...rest,
      children: children.map((c, i): ReferredChild => ({ ...c, id: CHILD_IDS[i] })),
      connectedPersonHouseholdIds: connected.map((i) => householdId(`H${i}`)),
    }),
    households: households.map((h, i): HouseholdProfile => buildHousehold({ ...h, id: householdId(`H${i}`) })),
  }));

/** The rules again, written from the statute and not from the code under test: what a placement would break. */
function brokenRules(referral: Referral, h: HouseholdProfile, takes: readonly string[], flagged: readonly OutsideTerm[]): string[] {
  const taken = referral.children.filter((c) => takes.includes(c.id));
  const broken = [...brokenTerms(referral, h, taken, flagged), ...brokenConstraints(h, taken)];
  const z = referral.exclusionZones.some((z) => haversineMiles(h.location, z.centre) <= z.radiusMiles || distanceMiles(h.location, z.centre) <= z.radiusMiles);
  if (z) broken.push('zone');
  const approval = h.approval;
  if (approval.status === 'on-hold' || approval.status === 'deregistered') broken.push('approval');
  if (approval.status === 'temporarily-approved' && (approval.until < TODAY || taken.some((c) => !approval.forChildIds.includes(c.id)))) {
    broken.push('temporary approval');
  }
  if (taken.length === 0 || (!referral.splitAllowed && taken.length < referral.children.length)) broken.push('split');
  const allSiblings = h.placedChildren.every((p) => p.siblingGroupId !== null && p.siblingGroupId === referral.siblingGroupId);
  const exempt = h.limitExemptions.some((e) => taken.every((c) => e.childIds.includes(c.id)));
  if (h.placedChildren.length + taken.length > 3 && !allSiblings && !exempt) broken.push('usual fostering limit');
  return broken;
}

/** Outside the terms only in an emergency, and flagged exactly as far as it goes outside them. */
function brokenTerms(referral: Referral, h: HouseholdProfile, taken: readonly ReferredChild[], flagged: readonly OutsideTerm[]): string[] {
  const outside: OutsideTerm[] = [];
  if (taken.some((c) => c.age < h.terms.minAge || c.age > h.terms.maxAge)) outside.push('age-range');
  if (h.placedChildren.length + taken.length > h.terms.maxChildren) outside.push('number-of-children');
  if (!h.terms.fosteringTypes.includes(referral.fosteringType)) outside.push('type-of-fostering');
  return outside.join() !== flagged.join() || (outside.length > 0 && !referral.emergency) ? [`terms ${outside} flagged ${flagged}`] : [];
}

function brokenConstraints(h: HouseholdProfile, taken: readonly ReferredChild[]): string[] {
  const others = [...h.ownChildrenAges, ...h.placedChildren.map((p) => p.age)];
  return taken.flatMap((c) => [
    ...(c.constraints.mustBeOnlyChild && others.length > 0 ? ['only child'] : []),
    ...(c.constraints.onlyWithOlderChildren && others.some((age) => age < c.age) ? ['older children only'] : []),
    ...(c.constraints.noPets && h.pets.length > 0 ? ['pets'] : []),
    ...(c.constraints.requiredAccessibility.some((f) => !h.accessibility.includes(f)) ? ['accessibility'] : []),
  ]);
}

const everything = (referral: Referral, households: readonly HouseholdProfile[]) =>
  matchHouseholds(prepare(referral), households, households.length + 1).ranked.map((r) => r.candidate);

describe('hard rules, over generated households and referrals', () => {
  it('returns no home that breaks a hard rule', () => {
    fc.assert(
      fc.property(search, ({ referral, households }) => {
        for (const c of everything(referral, households)) expect(brokenRules(referral, c.household, c.takesChildIds, c.outsideTerms)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('excludes a home only if taking the whole group would break a rule, when the group may not be split', () => {
    fc.assert(
      fc.property(search, ({ referral: r, households }) => {
        const referral = { ...r, splitAllowed: false };
        for (const h of households) {
          const whole = referral.children.map((c) => c.id);
          const lawful = allSubsets(OUTSIDE_TERMS).some((flags) => brokenRules(referral, h, whole, flags).length === 0);
          expect(assessHousehold(prepare(referral), h).eligible).toBe(lawful);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never splits a sibling group unless the officer allows it', () => {
    fc.assert(
      fc.property(search, ({ referral, households }) => {
        const whole = referral.children.length;
        for (const c of everything(referral, households)) if (!referral.splitAllowed) expect(c.takesChildIds).toHaveLength(whole);
      }),
    );
  });

  it('never returns a home inside an exclusion zone', () => {
    fc.assert(
      fc.property(search, ({ referral, households }) => {
        for (const c of everything(referral, households)) {
          for (const z of referral.exclusionZones) expect(distanceMiles(c.household.location, z.centre)).toBeGreaterThan(z.radiusMiles);
        }
      }),
    );
  });
});

function allSubsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((subsets, item) => [...subsets, ...subsets.map((s) => [...s, item])], [[]]);
}
