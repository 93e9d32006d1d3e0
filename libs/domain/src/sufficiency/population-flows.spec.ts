import type { CalendarDate } from '../calendar/calendar-date';
import { OPEN_STAGES } from '../recruitment/funnel';
import { monthCovered } from './area-projection';
import { computeProjections } from './compute-projections';
import { computeSufficiency } from './compute-sufficiency';
import type { PopulationFlows } from './population-flows';
import { projectedGapKey } from './projected-gap';
import { publishAreaSufficiency } from './publish-sufficiency';
import { recruitmentPriorities } from './recruitment-priorities';
import type { CooperativeId } from './sufficiency-areas';
import type { StageOutlooks } from './sufficiency-inputs';
import type { SliceKey } from './sufficiency-slices';
import { buildChildInNeed, buildGeography, buildSupplyHousehold, HARTLEPOOL, NORTH_EAST } from '@app/testing/sufficiency-builders';

const AS_OF = '2026-11-23' as CalendarDate;
const OUTLOOKS = Object.fromEntries(OPEN_STAGES.map((s) => [s, { conversionToApproval: 1, daysToApproval: 60 }])) as unknown as StageOutlooks;
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/**
 * Hartlepool: 10 households open to teenagers, 2 places each, 1 filled: 20 homes (10 filled + 10
 * available). 14 teenagers waiting: need 14. Gap −6 for all children and for teenagers. No pipeline.
 */
const geography = buildGeography();
const figures = computeSufficiency({
  geography,
  households: times(10, () => buildSupplyHousehold({ shortageCategories: ['teenagers'] })),
  children: times(14, () => buildChildInNeed({ shortageCategories: ['teenagers'] })),
});
const HISTORY: PopulationFlows = {
  carerLeaving: { source: 'history', ratePerYear: 0.12 },
  // A year of referrals: 24 teenagers and 3 unaccompanied children; 12 teenagers and 6 others stopped needing a home.
  childrenEntering: { source: 'history', records: [{ councilCode: HARTLEPOOL, shortageCategories: ['teenagers', 'teenagers'], children: 24 }, { councilCode: HARTLEPOOL, shortageCategories: ['uasc'], children: 3 }] },
  childrenLeaving: { source: 'history', records: [{ councilCode: HARTLEPOOL, shortageCategories: ['teenagers'], children: 12 }, { councilCode: HARTLEPOOL, shortageCategories: [], children: 6 }] },
};
const project = (flows: PopulationFlows) => computeProjections({ geography, outlooks: OUTLOOKS, asOf: AS_OF, pipeline: [], flows: { figures, flows } });
const slice = (flows: PopulationFlows, s: SliceKey) => project(flows).councils.get(HARTLEPOOL)!.slices.find((p) => p.slice === s)!;

describe('carers leaving and children coming and going, month by month', () => {
  it('loses homes × the leaving rate a year, evenly: 20 homes × 12% = 2.4 a year, 0.2 a month', () => {
    const all = slice(HISTORY, 'all');
    expect(all.cumulativePlacesLost[0]).toBeCloseTo(0.2);
    expect(all.cumulativePlacesLost[5]).toBeCloseTo(1.2);
    expect(all.cumulativePlacesLost[11]).toBeCloseTo(2.4);
  });

  it("counts history's children in 'all' and in each of their categories once: need added = coming in − leaving", () => {
    const all = slice(HISTORY, 'all');
    const teenagers = slice(HISTORY, 'category:teenagers');
    expect([all.childrenEnteringPerYear, all.childrenLeavingPerYear]).toEqual([27, 18]);
    expect([teenagers.childrenEnteringPerYear, teenagers.childrenLeavingPerYear]).toEqual([24, 12]);
    expect(all.cumulativeNeedAdded[11]).toBeCloseTo(9);
    expect(teenagers.cumulativeNeedAdded[2]).toBeCloseTo(3);
  });

  it('closes the gap by places − places lost − need added: teenagers lose 1.2 a month with no pipeline', () => {
    const teenagers = slice(HISTORY, 'category:teenagers');
    expect(teenagers.cumulativeGapClosed[0]).toBeCloseTo(-1.2);
    expect(teenagers.cumulativeGapClosed[11]).toBeCloseTo(-14.4);
  });

  it('with configured rates, takes shares of current need: equal rates in and out add no need', () => {
    const configured: PopulationFlows = {
      carerLeaving: { source: 'configured', ratePerYear: 0.12 },
      childrenEntering: { source: 'configured', ratePerYear: 0.35 },
      childrenLeaving: { source: 'configured', ratePerYear: 0.35 },
    };
    const teenagers = slice(configured, 'category:teenagers');
    expect([teenagers.childrenEnteringPerYear, teenagers.childrenLeavingPerYear].map((n) => Math.round(n * 10) / 10)).toEqual([4.9, 4.9]);
    expect(teenagers.cumulativeNeedAdded[11]).toBeCloseTo(0);
    expect(teenagers.cumulativeGapClosed[11]).toBeCloseTo(-2.4);
  });

  it('adds councils up for a cooperative and England', () => {
    const p = project(HISTORY);
    expect(p.cooperatives.get(NORTH_EAST as string as CooperativeId)!.slices[0].childrenEnteringPerYear).toBe(27);
    expect(p.england.slices[0].cumulativePlacesLost[11]).toBeCloseTo(2.4);
  });
});

describe('when a gap is covered, with flows', () => {
  it.each([
    ['covered by the pipeline and staying covered', 2, [3, 3, 3, 3], 1],
    ['covered, reopened by losses and still open at the horizon', 2, [3, 3, 1, 1], null],
    ['covered for good only from the month it closes again', 2, [3, 1, 3, 3], 3],
    ['no gap now and none opening', -1, [0.5, 0.5, 0.5, 0.5], 0],
    ['no gap now, but one opening', -1, [0, -0.5, -1, -1.5], null],
    ['no gap now, one opening and closing again', -1, [0, -2, 0, 0], 3],
  ])('%s', (_, gap, closed, month) => {
    expect(monthCovered(gap as number, closed as number[])).toBe(month);
  });

  it('makes a category with no gap today a priority when flows open one the pipeline will not fill', () => {
    const projection = project(HISTORY).councils.get(HARTLEPOOL)!;
    const [priority] = recruitmentPriorities([{ area: { kind: 'council', code: HARTLEPOOL }, gap: figures.councils.get(HARTLEPOOL)!.gap, projection }])
      .filter((p) => p.category === 'teenagers');
    expect(priority).toMatchObject({ category: 'teenagers', reason: 'gap-opening', gap: -6 });
    // −6 + 14.4 = 8.4 missing by the end of month 12.
    expect(priority.shortfall).toBeCloseTo(8.4);
  });
});

describe('the published projected gap', () => {
  const publish = (level: 'council' | 'cooperative') => {
    const p = project(HISTORY);
    return level === 'council'
      ? publishAreaSufficiency(figures.councils.get(HARTLEPOOL)!, p.councils.get(HARTLEPOOL)!)
      : publishAreaSufficiency(figures.cooperatives.get(NORTH_EAST as string as CooperativeId)!, p.cooperatives.get(NORTH_EAST as string as CooperativeId)!);
  };

  it('is exact for a council and rounded to 10 for a cooperative: teenagers −6 + 14.4 = 8.4 by month 12', () => {
    expect(publish('council').projectedGap[projectedGapKey('category:teenagers', 12)]).toBe(8);
    expect(publish('council').projectedGap[projectedGapKey('category:teenagers', 3)]).toBe(-2);
    expect(publish('cooperative').projectedGap[projectedGapKey('category:teenagers', 12)]).toBe(10);
    expect(publish('council').coverage['category:teenagers']).toBe('not-within-horizon');
  });

  it('is suppressed where history says 1–5 children came in or left (3 unaccompanied children)', () => {
    expect(publish('council').projectedGap[projectedGapKey('category:uasc', 12)]).toBe('c');
    expect(publish('council').projectedGap[projectedGapKey('category:parent-and-child', 12)]).toBe(0);
  });
});
