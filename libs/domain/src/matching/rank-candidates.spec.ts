import type { CalendarDate } from '../calendar/calendar-date';
import type { HouseholdProfile } from './household-profile';
import { matchHouseholds } from './match-households';
import { matchingPolicy } from './matching-policy';
import {
  buildChild,
  buildHousehold,
  buildReferral,
  buildSiblings,
  childId,
  FAMILY_HOME,
  householdId,
  KENT,
  milesNorthOf,
  prepare,
  SALFORD,
  type HouseholdOverrides,
} from './match-test-builders';
import type { Referral } from './referral';

/** Two homes alike but for the overrides; the search says which comes first. */
function order(referral: Partial<Referral>, ...homes: HouseholdOverrides[]): string[] {
  const households = homes.map((h, i) => buildHousehold({ id: householdId(`H${i + 1}`), ...h }));
  return matchHouseholds(prepare(buildReferral(referral)), households).ranked.map((r) => r.candidate.household.id);
}

const near = (miles: number) => milesNorthOf(FAMILY_HOME, miles);

describe('ranking candidates', () => {
  it.each<[string, Partial<Referral>, HouseholdOverrides, HouseholdOverrides]>([
    ['ranks a carer approved for sibling groups above one who is not', { children: buildSiblings(5, 8) }, { shortageCategories: ['sibling-groups'] }, {}],
    ['ranks a home nearer the family home above one further away', {}, { location: near(3) }, { location: near(12) }],
    ['ranks a home near the school above one far from it', { school: near(2) }, { location: near(2.5) }, { location: milesNorthOf(FAMILY_HOME, -2.5) }],
    ['ranks a home inside the placing council above one in an adjoining council', {}, {}, { councilCode: SALFORD }],
    ['ranks a home in an adjoining council above one at a distance', {}, { councilCode: SALFORD }, { councilCode: KENT }],
    ['ranks the cheaper of two otherwise equal homes first', {}, { weeklyCostPounds: 550 }, { weeklyCostPounds: 950 }],
    ['ranks the more experienced carer first', {}, { yearsFostering: 8 }, { yearsFostering: 1 }],
    ["ranks a home sharing the child's language first", { languages: ['pl'] }, { languages: ['en', 'pl'] }, {}],
    ["ranks a home of the child's religion and culture first", { religion: 'sikh', culturalBackground: 'punjabi' }, { religion: 'sikh', culturalBackgrounds: ['punjabi'] }, {}],
    ["ranks a home meeting a disabled child's needs first", { children: [buildChild({ needs: ['wheelchair-user', 'autism'] })] }, { accessibility: ['wheelchair-accessible'], experiencedWithNeeds: ['autism'] }, {}],
    ['ranks a home experienced with teenagers first for a teenager', { children: [buildChild({ age: 15, shortageCategories: ['teenagers'] })] }, { shortageCategories: ['teenagers'] }, {}],
    ['ranks a home keeping the whole sibling group above one that would split it', { children: buildSiblings(3, 5, 7), splitAllowed: true }, {}, { terms: { maxChildren: 2 } }],
    ['in an emergency, ranks a home within its terms above one outside them', { emergency: true, children: [buildChild({ age: 15 })] }, {}, { terms: { maxAge: 12 } }],
  ])('%s', (_, referral, better, worse) => {
    expect(order(referral, worse, better)).toEqual(['H2', 'H1']);
  });

  it('ranks a connected person above a closer, cheaper, more experienced foster carer (s22C)', () => {
    const connected: HouseholdOverrides = { id: householdId('H2'), location: near(150), councilCode: KENT, weeklyCostPounds: 1500, yearsFostering: 0 };
    const carer: HouseholdOverrides = { id: householdId('H1'), location: near(0.5), yearsFostering: 20, weeklyCostPounds: 300 };
    expect(order({ connectedPersonHouseholdIds: [householdId('H2')] }, carer, connected)).toEqual(['H2', 'H1']);
  });

  it('puts a temporarily approved connected person in the first tier', () => {
    const approval: HouseholdProfile['approval'] = { status: 'temporarily-approved', until: '2027-01-31' as CalendarDate, forChildIds: [childId('C1')] };
    const [first] = matchHouseholds(prepare(), [buildHousehold({ id: householdId('H1') }), buildHousehold({ id: householdId('H2'), approval, location: near(40) })]).ranked;
    expect([first.candidate.household.id, first.candidate.tier]).toEqual(['H2', 1]);
  });

  it('breaks a tie in score by distance from home', () => {
    const policy = matchingPolicy({ weights: { 'near-family-home': 0 } });
    if (!policy.ok) throw new Error('policy');
    const homes = [buildHousehold({ id: householdId('A'), location: near(9) }), buildHousehold({ id: householdId('B'), location: near(3) })];
    const ranked = matchHouseholds(prepare(buildReferral(), { policy: policy.policy }), homes).ranked;
    expect(ranked.map((r) => [r.candidate.household.id, r.candidate.homeMiles])).toEqual([['B', 3], ['A', 9]]);
    expect(ranked[0].candidate.score).toBe(ranked[1].candidate.score);
  });

  it('breaks a tie in score and distance by household id', () => {
    const twins = [buildHousehold({ id: householdId('B') }), buildHousehold({ id: householdId('A') }), buildHousehold({ id: householdId('C') })];
    expect(matchHouseholds(prepare(), twins).ranked.map((r) => r.candidate.household.id)).toEqual(['A', 'B', 'C']);
  });

  it('returns only the best homes up to the limit, and counts the rest', () => {
    const homes = [1, 2, 3, 4, 5].map((miles) => buildHousehold({ id: householdId(`H${miles}`), location: near(miles) }));
    const deregistered = buildHousehold({ id: householdId('X'), approval: { status: 'deregistered' } });
    const sut = matchHouseholds(prepare(), [...homes, deregistered], 2);
    expect(sut.ranked.map((r) => [r.rank, r.candidate.household.id])).toEqual([[1, 'H1'], [2, 'H2']]);
    expect(sut.eligibleCount).toBe(5);
    expect(sut.excludedCounts.deregistered).toBe(1);
  });
});
