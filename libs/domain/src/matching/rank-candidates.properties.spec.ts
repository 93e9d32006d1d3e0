import fc from 'fast-check';
import type { CalendarDate } from '../calendar/calendar-date';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import { assessHousehold, type Candidate } from './assess-household';
import type { HouseholdProfile } from './household-profile';
import { matchHouseholds } from './match-households';
import { buildChild, buildHousehold, buildReferral, childId, FAMILY_HOME, householdId, KENT, MANCHESTER, milesNorthOf, prepare, SALFORD } from './match-test-builders';
import { compareCandidates, rankCandidates } from './rank-candidates';

/** Households that are mostly eligible, differing in what the score weighs, so the properties are about order. */
const point = fc.record({ latitude: fc.double({ min: 52.9, max: 54.1, noNaN: true }), longitude: fc.double({ min: -3.2, max: -1.2, noNaN: true }) });
const temporarilyApproved = { status: 'temporarily-approved', until: '2027-02-01' as CalendarDate, forChildIds: [childId('C1'), childId('C2'), childId('C3')] } as const;

const household = fc.record({
  councilCode: fc.constantFrom(MANCHESTER, SALFORD, KENT),
  location: point,
  approval: fc.constantFrom({ status: 'approved' } as const, { status: 'approved' } as const, temporarilyApproved),
  terms: fc.record({ minAge: fc.constantFrom(0, 5), maxAge: fc.constantFrom(12, 17), maxChildren: fc.integer({ min: 1, max: 3 }), fosteringTypes: fc.constant(['short-term' as const]) }),
  shortageCategories: fc.subarray([...SHORTAGE_CATEGORIES]),
  languages: fc.subarray(['en', 'pl', 'ur']),
  yearsFostering: fc.integer({ min: 0, max: 30 }),
  // Few distinct costs, so that ties in score (and the tie-breaks) are common.
  weeklyCostPounds: fc.constantFrom(400, 700, 1200),
});

const search = fc
  .record({
    ages: fc.array(fc.integer({ min: 0, max: 17 }), { minLength: 1, maxLength: 3 }),
    school: fc.option(point),
    emergency: fc.boolean(),
    splitAllowed: fc.boolean(),
    languages: fc.subarray(['pl', 'ur'], { maxLength: 1 }),
    connected: fc.subarray([0, 1, 2, 3, 4]),
    households: fc.array(household, { maxLength: 25 }),
  })
  .map(({ ages, connected, households, ...rest }) => ({
    referral: buildReferral({
      ...rest,
      children: ages.map((age, i) => buildChild({ id: childId(`C${i + 1}`), age })),
      connectedPersonHouseholdIds: connected.map((i) => householdId(`H${i}`)),
    }),
    households: households.map((h, i): HouseholdProfile => buildHousehold({ ...h, id: householdId(`H${i}`) })),
  }));

const ids = (candidates: readonly Candidate[]) => candidates.map((c) => c.household.id);
// Near distances often, where a slip in the proximity curve would show.
const miles = fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true }));

describe('ranking, over generated households and referrals', () => {
  it('puts every connected person before every other foster carer', () => {
    fc.assert(
      fc.property(search, ({ referral, households }) => {
        const ranked = matchHouseholds(prepare(referral), households, households.length + 1).ranked.map((r) => r.candidate);
        const isConnected = (c: Candidate) => referral.connectedPersonHouseholdIds.includes(c.household.id) || c.household.approval.status === 'temporarily-approved';
        ranked.forEach((c) => expect(c.tier).toBe(isConnected(c) ? 1 : 2));
        const firstCarer = ranked.findIndex((c) => c.tier === 2);
        if (firstCarer >= 0) expect(ranked.slice(firstCarer).every((c) => c.tier === 2)).toBe(true);
      }),
    );
  });

  it('never lowers the score of a home moved closer to the family home, all else equal', () => {
    fc.assert(
      fc.property(search, household, miles, miles, ({ referral: r }, h, a, b) => {
        // With no school given, moving towards the family home cannot move the home away from anything else scored.
        const prepared = prepare({ ...r, school: null });
        const [closer, further] = [Math.min(a, b), Math.max(a, b)].map((m) => assessHousehold(prepared, buildHousehold({ ...h, location: milesNorthOf(FAMILY_HOME, m) })));
        expect(closer.eligible).toBe(further.eligible);
        if (closer.eligible && further.eligible) expect(closer.score).toBeGreaterThanOrEqual(further.score);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same order for the same households, in whatever order they arrive', () => {
    const shuffled = search.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.households, { minLength: s.households.length }), fc.integer({ min: 1, max: 8 })));
    fc.assert(
      fc.property(shuffled, ([{ referral, households }, reordered, limit]) => {
        const prepared = prepare(referral);
        const first = matchHouseholds(prepared, households, limit).ranked.map((r) => r.explanation);
        expect(matchHouseholds(prepared, households, limit).ranked.map((r) => r.explanation)).toEqual(first);
        expect(matchHouseholds(prepared, reordered, limit).ranked.map((r) => r.explanation)).toEqual(first);
        const sorted = households.map((h) => assessHousehold(prepared, h)).filter((a): a is Candidate => a.eligible).sort(compareCandidates);
        expect(first.map((e) => e.householdId)).toEqual(ids(sorted.slice(0, limit)));
        expect(ids(rankCandidates([...sorted].reverse(), limit))).toEqual(ids(sorted.slice(0, limit)));
      }),
    );
  });
});
