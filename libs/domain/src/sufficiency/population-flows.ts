import type { ShortageCategory } from '../recruitment/fostering-interest';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import type { CouncilCode } from '../shared/brand';
import type { AreaSufficiency } from './compute-sufficiency';
import { PROJECTION_SLICES } from './pipeline-projection';

/**
 * What changes supply and need over a year besides recruitment. Carers leave (Ofsted: about 5,100
 * of 43,400 households deregistered in 2022-23, 12%); children start to need a foster home and
 * others stop (they return home, move on, turn 18, or their referral closes). Counting only the
 * children coming in would make need grow by the whole yearly intake, although England's
 * looked-after population is roughly steady: so both directions are counted.
 */
export interface PopulationFlows {
  /** Share of homes (filled places + available vacancies) lost each year as carers deregister. */
  readonly carerLeaving: { readonly source: FlowSource; readonly ratePerYear: number };
  readonly childrenEntering: ChildFlow;
  readonly childrenLeaving: ChildFlow;
}

/** 'history': measured over the last 12 months; 'configured': a rate from settings, for want of a year of history. */
export type FlowSource = 'history' | 'configured';

/** Children coming into (or leaving) need in a year: counted from history by council, or a rate of each council's current need. */
export type ChildFlow =
  | { readonly source: 'history'; readonly records: readonly ChildFlowRecord[] }
  | { readonly source: 'configured'; readonly ratePerYear: number };

/** So many children of one placing council, with these shortage categories, in the last 12 months. */
export interface ChildFlowRecord {
  readonly councilCode: CouncilCode;
  readonly shortageCategories: readonly ShortageCategory[];
  readonly children: number;
}

/** One council's flows per year, by projection slice ('all', then each shortage category). */
export interface CouncilFlows {
  readonly placesLost: Float64Array;
  readonly childrenEntering: Float64Array;
  readonly childrenLeaving: Float64Array;
}

const SLICE_COUNT = PROJECTION_SLICES.length;

/**
 * Each council's flows per year and slice: homes × the carers' leaving rate; children from
 * history counted by placing council (in 'all' and each of their categories), or a council's
 * current need × the configured rate.
 */
export function councilFlows(councils: ReadonlyMap<CouncilCode, AreaSufficiency>, flows: PopulationFlows): Map<CouncilCode, CouncilFlows> {
  const out = new Map<CouncilCode, CouncilFlows>();
  const of = (code: CouncilCode) => {
    let f = out.get(code);
    if (!f) out.set(code, (f = { placesLost: new Float64Array(SLICE_COUNT), childrenEntering: new Float64Array(SLICE_COUNT), childrenLeaving: new Float64Array(SLICE_COUNT) }));
    return f;
  };
  for (const [code, area] of councils) {
    const f = of(code);
    PROJECTION_SLICES.forEach((slice, s) => {
      const gap = area.gap.find((g) => g.slice === slice);
      if (!gap) return;
      f.placesLost[s] = gap.homes * flows.carerLeaving.ratePerYear;
      if (flows.childrenEntering.source === 'configured') f.childrenEntering[s] = gap.need * flows.childrenEntering.ratePerYear;
      if (flows.childrenLeaving.source === 'configured') f.childrenLeaving[s] = gap.need * flows.childrenLeaving.ratePerYear;
    });
  }
  if (flows.childrenEntering.source === 'history') tallyRecords(flows.childrenEntering.records, (code) => of(code).childrenEntering);
  if (flows.childrenLeaving.source === 'history') tallyRecords(flows.childrenLeaving.records, (code) => of(code).childrenLeaving);
  return out;
}

/** Adds each record's children to 'all' and to each of its categories, once each. */
function tallyRecords(records: readonly ChildFlowRecord[], into: (code: CouncilCode) => Float64Array): void {
  for (const r of records) {
    const counts = into(r.councilCode);
    counts[0] += r.children;
    for (const c of new Set(r.shortageCategories)) {
      const s = 1 + SHORTAGE_CATEGORIES.indexOf(c);
      if (s > 0) counts[s] += r.children;
    }
  }
}

/** No flows: the projection is the recruitment pipeline alone. */
export const NO_FLOWS: PopulationFlows = {
  carerLeaving: { source: 'configured', ratePerYear: 0 },
  childrenEntering: { source: 'configured', ratePerYear: 0 },
  childrenLeaving: { source: 'configured', ratePerYear: 0 },
};
