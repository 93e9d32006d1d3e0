import { assessHousehold } from './assess-household';
import { explainCandidate } from './explain-candidate';
import {
  buildHousehold,
  buildReferral,
  buildSiblings,
  FAMILY_HOME,
  householdId,
  KENT,
  milesNorthOf,
  prepare,
  SALFORD,
  type HouseholdOverrides,
} from './match-test-builders';
import type { Referral } from './referral';

function explain(referral: Partial<Referral>, household: HouseholdOverrides) {
  const prepared = prepare(buildReferral(referral));
  const candidate = assessHousehold(prepared, buildHousehold(household));
  if (!candidate.eligible) throw new Error(candidate.reason);
  return explainCandidate(prepared, candidate);
}

describe('explainCandidate', () => {
  const siblings = { children: buildSiblings(6, 9), connectedPersonHouseholdIds: [householdId('H1')] };
  const aunt = { location: milesNorthOf(FAMILY_HOME, 2.3), shortageCategories: ['sibling-groups' as const] };

  it('says in one line why a home is on the list', () => {
    expect(explain(siblings, aunt).summary).toBe('Connected person · 2.3 miles from home · inside Manchester · approved for sibling groups');
  });

  it.each([
    ['inside the placing council needs no further approval', {}, 'inside', 'none', 'inside Manchester'],
    ["outside the council but in an adjoining one needs a senior officer's approval", { councilCode: SALFORD }, 'adjoining', 'senior-officer', 'in Salford, next to Manchester (senior officer to approve)'],
    ["at a distance needs the Director of Children's Services", { councilCode: KENT }, 'at-a-distance', 'director-of-childrens-services', "in Kent, at a distance (Director of Children's Services to approve)"],
  ] as const)('a home %s', (_, household, relation, approval, phrase) => {
    const sut = explain({}, household);
    expect([sut.councilRelation, sut.approvalNeeded]).toEqual([relation, approval]);
    expect(sut.summary).toContain(phrase);
  });

  it('gives straight-line distances to one decimal place', () => {
    const sut = explain({ school: milesNorthOf(FAMILY_HOME, 10) }, { location: milesNorthOf(FAMILY_HOME, 2.349) });
    expect([sut.homeMiles, sut.schoolMiles]).toEqual([2.3, 7.7]);
  });

  it("gives every factor's raw value, normalised value, weight and contribution", () => {
    const sut = explain({ ...siblings, school: milesNorthOf(FAMILY_HOME, 2.3) }, { ...aunt, yearsFostering: 5, weeklyCostPounds: 800 });
    const row = (factor: string) => sut.factors.find((f) => f.factor === factor);
    expect(row('near-family-home')).toMatchObject({ applies: true, raw: 2.3, normalised: 0.897, weight: 25, detail: '2.3 miles from the family home' });
    expect(row('near-school')).toMatchObject({ raw: 0, normalised: 1, weight: 15 });
    expect(row('siblings-together')).toMatchObject({ raw: 2, normalised: 1, detail: 'Takes 2 of the 2 children' });
    expect(row('carer-experience')).toMatchObject({ raw: 5, normalised: 0.5 });
    expect(row('weekly-cost')).toMatchObject({ raw: 800, normalised: 0.5, detail: '£800 a week' });
    const total = sut.factors.reduce((sum, f) => sum + f.contribution, 0);
    expect(Math.abs(total - sut.score)).toBeLessThan(0.1);
  });

  it('gives no weight to a factor that says nothing about this referral', () => {
    const sut = explain({}, {});
    const school = sut.factors.find((f) => f.factor === 'near-school');
    expect(school).toMatchObject({ applies: false, raw: null, contribution: 0, detail: 'No school given' });
    expect(sut.factors.filter((f) => !f.applies).map((f) => f.factor)).toEqual([
      'near-school',
      'siblings-together',
      'disability-needs',
      'shortage-category-fit',
      'language-religion-culture',
      'within-terms',
    ]);
  });

  it('scores a perfect home 100', () => {
    const sut = explain({}, { location: FAMILY_HOME, yearsFostering: 10, weeklyCostPounds: 400 });
    expect(sut.score).toBe(100);
  });
});
