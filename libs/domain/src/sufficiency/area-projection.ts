import { OPEN_STAGES, type OpenStage } from '../recruitment/funnel';
import type { CalendarDate } from '../calendar/calendar-date';
import { PROJECTION_SLICES, type PipelineTally } from './pipeline-projection';
import type { CouncilFlows } from './population-flows';
import type { SliceKey } from './sufficiency-slices';

/** The pipeline of one area for one slice, the places it is expected to add, and what else moves the gap. */
export interface SliceProjection {
  readonly slice: SliceKey;
  readonly householdsByStage: Readonly<Record<OpenStage, number>>;
  readonly households: number;
  /** Expected approved places by the end of each month, cumulative and unrounded. */
  readonly cumulativePlaces: readonly number[];
  /** Expected places from households whose approval falls after the last month. */
  readonly placesBeyondHorizon: number;
  /** Homes expected to be lost as carers deregister, by the end of each month (cumulative). */
  readonly cumulativePlacesLost: readonly number[];
  /** Children expected to come into need less those expected to leave it, by the end of each month (cumulative; may be negative). */
  readonly cumulativeNeedAdded: readonly number[];
  /** What all of it does to the gap by the end of each month: places − places lost − need added. */
  readonly cumulativeGapClosed: readonly number[];
  /** Children a year coming into need and leaving it (unrounded; disclosure control uses them). */
  readonly childrenEnteringPerYear: number;
  readonly childrenLeavingPerYear: number;
}

/** The projection of one area: one entry per slice in PROJECTION_SLICES order. */
export interface AreaProjection {
  readonly asOf: CalendarDate;
  readonly monthStarts: readonly CalendarDate[];
  readonly slices: readonly SliceProjection[];
  /** True when children coming and going were counted from history (so small counts of them must not show). */
  readonly childFlowsFromHistory: boolean;
}

/**
 * Adds up the tallies and flows of an area's councils. Flows are spread evenly over the year: by
 * the end of month m, m/12 of a year's places lost and children coming and going.
 */
export function areaProjection(
  asOf: CalendarDate, monthStarts: readonly CalendarDate[], tallies: readonly PipelineTally[], flows: readonly CouncilFlows[] = [], childFlowsFromHistory = false,
): AreaProjection {
  const months = monthStarts.length;
  return {
    asOf,
    monthStarts,
    childFlowsFromHistory,
    slices: PROJECTION_SLICES.map((slice, s) => {
      const householdsByStage = {} as Record<OpenStage, number>;
      OPEN_STAGES.forEach((stage, i) => { householdsByStage[stage] = sum(tallies, (t) => t.households[s * OPEN_STAGES.length + i]); });
      const monthly = Array.from({ length: months + 1 }, (_, m) => sum(tallies, (t) => t.places[s * (months + 1) + m]));
      let running = 0;
      const cumulativePlaces = monthly.slice(0, months).map((p) => (running += p));
      const households = OPEN_STAGES.reduce((n, stage) => n + householdsByStage[stage], 0);
      const lostPerYear = sum(flows, (f) => f.placesLost[s]);
      const enteringPerYear = sum(flows, (f) => f.childrenEntering[s]);
      const leavingPerYear = sum(flows, (f) => f.childrenLeaving[s]);
      const byMonth = (perYear: number) => cumulativePlaces.map((_, m) => (perYear * (m + 1)) / 12);
      const cumulativePlacesLost = byMonth(lostPerYear);
      const cumulativeNeedAdded = byMonth(enteringPerYear - leavingPerYear);
      return {
        slice, householdsByStage, households, cumulativePlaces, placesBeyondHorizon: monthly[months],
        cumulativePlacesLost, cumulativeNeedAdded,
        cumulativeGapClosed: cumulativePlaces.map((p, m) => p - cumulativePlacesLost[m] - cumulativeNeedAdded[m]),
        childrenEnteringPerYear: enteringPerYear, childrenLeavingPerYear: leavingPerYear,
      };
    }),
  };
}

/**
 * The month (1-based) from whose end the projected gap (gap − gap closed) stays at or below zero to
 * the horizon; 0 if it never rises above zero (no gap now, none opening); null if there is still a
 * gap at the horizon. Without carers leaving or children coming in, this is the first month the
 * pipeline's places reach the gap.
 */
export function monthCovered(gap: number, cumulativeGapClosed: readonly number[]): number | null {
  // Expected places are sums of fractions: allow for floating-point error.
  const open = (m: number) => (m === 0 ? gap : gap - cumulativeGapClosed[m - 1]) > 1e-9;
  const horizon = cumulativeGapClosed.length;
  if (open(horizon)) return null;
  let k = horizon;
  while (k > 0 && !open(k - 1)) k--;
  return k;
}

function sum<T>(items: readonly T[], pick: (t: T) => number): number {
  let total = 0;
  for (const t of items) total += pick(t);
  return total;
}
