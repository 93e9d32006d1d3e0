import { computeSufficiency, type AreaSufficiency } from './compute-sufficiency';
import type { ChildInNeed, SupplyHousehold } from './sufficiency-inputs';
import type { SliceKey } from './sufficiency-slices';
import type { CooperativeId } from './sufficiency-areas';
import {
  buildChildInNeed as child, buildGeography, buildPlacement, buildSupplyHousehold as household,
  HARTLEPOOL, LEEDS, MIDDLESBROUGH, NORTH_EAST,
} from '@app/testing/sufficiency-builders';

const supplyOf = (a: AreaSufficiency, slice: SliceKey) => a.supply.find((s) => s.slice === slice)!.bySplit;
const needOf = (a: AreaSufficiency, slice: SliceKey) => a.need.find((n) => n.slice === slice)!.figures;
const gapOf = (a: AreaSufficiency, slice: SliceKey) => a.gap.find((g) => g.slice === slice)!;
const hartlepool = (households: SupplyHousehold[], children: ChildInNeed[] = []) =>
  computeSufficiency({ geography: buildGeography(), households, children }).councils.get(HARTLEPOOL)!;

describe('supply', () => {
  it.each([
    ['a mainstream household with a spare place', household(), { places: 2, filledPlaces: 1, availableVacancies: 1, unavailableVacancies: 0 }],
    ['a household on hold: its spare place is unavailable', household({ onHold: true }), { places: 2, filledPlaces: 1, availableVacancies: 0, unavailableVacancies: 1 }],
    ['a connected person: the spare place is kept for a named child', household({ approvalKind: 'connected-person' }), { places: 2, filledPlaces: 1, availableVacancies: 0, unavailableVacancies: 1 }],
    ['a full household', household({ filledPlaces: 2 }), { places: 2, filledPlaces: 2, availableVacancies: 0, unavailableVacancies: 0 }],
    ['an emergency placement beyond approval: filled is capped at places, the extra child counted apart', household({ filledPlaces: 3 }), { places: 2, filledPlaces: 2, availableVacancies: 0, placedBeyondApproval: 1 }],
  ])('counts %s', (_, h, expected) => {
    expect(supplyOf(hartlepool([h]), 'all').all).toMatchObject({ households: 1, ...expected });
  });

  it('counts a household in every slice it belongs to, once each, and splits in-house from agency', () => {
    const sut = hartlepool([
      household({ shortageCategories: ['teenagers', 'sibling-groups', 'teenagers'], fosteringTypes: ['short-term', 'long-term'] }),
      household({ serviceKind: 'independent-agency', shortageCategories: ['teenagers'], places: 3, filledPlaces: 0 }),
    ]);
    expect(supplyOf(sut, 'category:teenagers').all).toMatchObject({ households: 2, places: 5, availableVacancies: 4 });
    expect(supplyOf(sut, 'category:teenagers')['in-house']).toMatchObject({ households: 1, places: 2 });
    expect(supplyOf(sut, 'category:teenagers')['independent-agency']).toMatchObject({ households: 1, places: 3 });
    expect(supplyOf(sut, 'category:sibling-groups').all.households).toBe(1);
    expect(supplyOf(sut, 'type:long-term').all.households).toBe(1);
    expect(supplyOf(sut, 'category:uasc').all.households).toBe(0);
  });

  it.each([
    ['an odd number of costs: the middle one', [400, 900, 500], 600, 500],
    ['an even number: the mean of the middle two', [400, 900, 500, 700], 625, 600],
    ['unknown costs left out of both', [400, null, 600], 500, 500],
    ['no known cost: null', [null], null, null],
  ])('gives the mean and median weekly cost with %s', (_, costs, mean, median) => {
    const sut = supplyOf(hartlepool(costs.map((c) => household({ weeklyCostPounds: c }))), 'all').all;
    expect([sut.meanWeeklyCost, sut.medianWeeklyCost]).toEqual([mean, median]);
    expect(sut.costedHouseholds).toBe(costs.filter((c) => c !== null).length);
  });
});

describe('need and gap', () => {
  it('counts need against the placing council: open referrals plus children placed', () => {
    const sut = hartlepool([], [child(), child({ placement: buildPlacement({ councilRelation: 'at-a-distance' }) }), child({ placingCouncilCode: LEEDS })]);
    expect(needOf(sut, 'all')).toEqual({ openReferrals: 1, placedChildren: 1, need: 2 });
  });

  it.each([
    ['more children than homes', 3, 2, [household({ places: 1, filledPlaces: 1 })], 4],
    ['homes to spare: a negative gap', 0, 1, [household({ places: 3, filledPlaces: 1 })], -2],
    ['unavailable vacancies are not homes', 1, 1, [household({ places: 2, filledPlaces: 1, onHold: true })], 1],
    ['a child placed beyond approval has no approved place', 0, 3, [household({ places: 2, filledPlaces: 3 })], 1],
  ])('gap = need − (filled places + available vacancies): %s', (_, open, placed, households, gap) => {
    const children = [...Array.from({ length: open }, () => child()), ...Array.from({ length: placed }, () => child({ placement: buildPlacement() }))];
    expect(gapOf(hartlepool(households, children), 'all').gap).toBe(gap);
  });

  it('works the gap out per category, so a home open only to teenagers is no home for a sibling group', () => {
    const sut = hartlepool(
      [household({ shortageCategories: ['teenagers'], places: 2, filledPlaces: 0 })],
      [child({ shortageCategories: ['sibling-groups'] }), child({ shortageCategories: ['teenagers', 'sibling-groups'] })],
    );
    expect(gapOf(sut, 'category:teenagers')).toEqual({ slice: 'category:teenagers', need: 1, homes: 2, gap: -1 });
    expect(gapOf(sut, 'category:sibling-groups')).toEqual({ slice: 'category:sibling-groups', need: 2, homes: 0, gap: 2 });
  });
});

describe('areas', () => {
  const sut = computeSufficiency({
    geography: buildGeography(),
    households: [household(), household({ councilCode: MIDDLESBROUGH }), household({ councilCode: LEEDS }), household({ councilCode: 'E09000001' as never })],
    children: [child(), child({ placingCouncilCode: MIDDLESBROUGH })],
  });

  it('adds a cooperative up from its councils, and England from every council', () => {
    expect(supplyOf(sut.cooperatives.get(NORTH_EAST as string as CooperativeId)!, 'all').all.households).toBe(2);
    expect(needOf(sut.cooperatives.get(NORTH_EAST as string as CooperativeId)!, 'all').need).toBe(2);
    expect(supplyOf(sut.england, 'all').all.households).toBe(4);
  });

  it('counts a household in a council missing from the geography towards England only, and marks levels for rounding', () => {
    expect(sut.councils.has('E09000001' as never)).toBe(false);
    expect([sut.england.level, sut.cooperatives.get(NORTH_EAST as string as CooperativeId)!.level, sut.councils.get(LEEDS)!.level]).toEqual(['national', 'regional', 'council']);
  });
});
