import type { CalendarDate } from '../calendar/calendar-date';
import { OPEN_STAGES } from '../recruitment/funnel';
import { computeProjections } from './compute-projections';
import { computeSufficiency } from './compute-sufficiency';
import { recoverableCells } from './disclosure-audit';
import { publishAreaSufficiency, type PublishedAreaSufficiency } from './publish-sufficiency';
import type { CooperativeId } from './sufficiency-areas';
import type { ChildInNeed, StageOutlooks, SupplyHousehold } from './sufficiency-inputs';
import { costKey, gapKey } from './sufficiency-tables';
import {
  buildChildInNeed, buildGeography, buildPipelineHousehold, buildPlacement, buildSupplyHousehold,
  HARTLEPOOL, MIDDLESBROUGH, NORTH_EAST,
} from '@app/testing/sufficiency-builders';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const NE = NORTH_EAST as string as CooperativeId;

function publish(households: SupplyHousehold[], children: ChildInNeed[], projected = false) {
  const input = { geography: buildGeography(), households, children };
  const figures = computeSufficiency(input);
  const outlooks = Object.fromEntries(OPEN_STAGES.map((s) => [s, { conversionToApproval: 0.5, daysToApproval: 60 }])) as unknown as StageOutlooks;
  const projections = projected
    ? computeProjections({ geography: input.geography, outlooks, asOf: '2026-11-23' as CalendarDate, pipeline: times(3, () => buildPipelineHousehold()) })
    : null;
  return {
    council: publishAreaSufficiency(figures.councils.get(HARTLEPOOL)!, projections?.councils.get(HARTLEPOOL) ?? null),
    cooperative: publishAreaSufficiency(figures.cooperatives.get(NE)!, projections?.cooperatives.get(NE) ?? null),
  };
}

function everyTable(p: PublishedAreaSufficiency) {
  return [p.households, p.need, p.gap, p.placementLocality, p.connectedPerson, p.siblings, ...p.places.map((x) => x.table), ...(p.pipeline ? [p.pipeline] : [])];
}

const placedChildren = (n: number) => times(n, (i) => buildChildInNeed({ placement: buildPlacement({ distanceMiles: i % 4 === 0 ? 30 : 4, councilRelation: i % 3 === 0 ? 'adjoining' : 'inside' }) }));

describe('publishing an area', () => {
  it('suppresses children placed everywhere it appears once the need table hides it, so no table gives it away', () => {
    const { council } = publish([], [...times(3, () => buildChildInNeed()), ...placedChildren(40)]);
    expect(council.need.cells[0]).toEqual(['c', 'c']);
    expect(council.need.rowTotals![0]).toBe(43);
    expect(council.placementLocality.grandTotal).toBe('c');
    expect(council.connectedPerson.rowTotals).toEqual(['c']);
    expect(council.placementLocality.percentages['within-20-miles']).toBe('c');
    for (const table of everyTable(council)) expect(recoverableCells(table)).toEqual([]);
  });

  it('shows placement quality with DfE percentages when nothing is small', () => {
    const { council } = publish([], placedChildren(40));
    expect(council.placementLocality.grandTotal).toBe(40);
    expect(council.placementLocality.percentages).toMatchObject({ 'within-20-miles': 75, 'over-20-miles': 25, 'distance-not-known': 0, 'at-a-distance': 0 });
    expect(council.placementLocality.percentages['inside-council']).toBe(65);
  });

  it('suppresses a gap built on a suppressed count, and shows the rest', () => {
    const households = [...times(10, () => buildSupplyHousehold({ places: 2, filledPlaces: 1 })), ...times(2, () => buildSupplyHousehold({ shortageCategories: ['teenagers'], places: 1, filledPlaces: 0 }))];
    const { council } = publish(households, placedChildren(12));
    expect(council.gap.estimates[gapKey('all')]).toBe(12 - 10 - 12);
    expect(council.gap.estimates[gapKey('category:teenagers')]).toBe('c');
    expect(council.gap.estimates[gapKey('category:uasc')]).toBe(0);
  });

  it('suppresses a weekly cost averaged over households whose count is suppressed, and shows the overall one', () => {
    const households = [...times(7, () => buildSupplyHousehold({ weeklyCostPounds: 480 })), ...times(2, () => buildSupplyHousehold({ serviceKind: 'independent-agency', weeklyCostPounds: 950 }))];
    const { council } = publish(households, []);
    // 2 agency households are suppressed, so the 7 in-house ones are too (9 − 7 would give the 2 away).
    expect(council.households.cells[0]).toEqual(['c', 'c']);
    expect(council.households.rowTotals![0]).toBe(9);
    expect(council.households.estimates[costKey('median', 'all', 'independent-agency')]).toBe('c');
    expect(council.households.estimates[costKey('mean', 'all', 'in-house')]).toBe('c');
    expect(council.households.estimates[costKey('mean', 'all', 'all')]).toBe(Math.round((7 * 480 + 2 * 950) / 9));
  });

  it('rounds a cooperative\'s counts to 10 and says so, while its council shows them exactly', () => {
    const children = [...placedChildren(40), ...times(17, () => buildChildInNeed({ placingCouncilCode: MIDDLESBROUGH, placement: buildPlacement() }))];
    const { council, cooperative } = publish([], children);
    expect([council.need.rowTotals![0], council.need.rounded]).toEqual([40, false]);
    expect([cooperative.need.rowTotals![0], cooperative.need.rounded, cooperative.need.roundingBase]).toEqual([60, true, 10]);
    expect(cooperative.placementLocality.percentages['within-20-miles']).toBe(Math.round((100 * (30 + 17)) / 57));
  });

  it('suppresses the pipeline of 1 to 5 households and what it is expected to add, and says when gaps are covered', () => {
    const { council } = publish([], [], true);
    expect(council.pipeline!.rows[2]).toBe('category:teenagers');
    expect(council.pipeline!.rowTotals![2]).toBe('c');
    expect(council.pipeline!.estimates['projected-places|category:teenagers|12']).toBe('c');
    expect(council.coverage['category:uasc']).toBe(0);
    for (const table of everyTable(council)) expect(recoverableCells(table)).toEqual([]);
  });
});
