import { OPEN_STAGES, type OpenStage } from '../recruitment/funnel';
import type { CalendarDate } from '../calendar/calendar-date';
import { PROJECTION_SLICES, type PipelineTally } from './pipeline-projection';
import type { SliceKey } from './sufficiency-slices';

/** The pipeline of one area for one slice, and the places it is expected to add. */
export interface SliceProjection {
  readonly slice: SliceKey;
  readonly householdsByStage: Readonly<Record<OpenStage, number>>;
  readonly households: number;
  /** Expected approved places by the end of each month, cumulative and unrounded. */
  readonly cumulativePlaces: readonly number[];
  /** Expected places from households whose approval falls after the last month. */
  readonly placesBeyondHorizon: number;
}

/** The projection of one area: one entry per slice in PROJECTION_SLICES order. */
export interface AreaProjection {
  readonly asOf: CalendarDate;
  readonly monthStarts: readonly CalendarDate[];
  readonly slices: readonly SliceProjection[];
}

/** Adds up the tallies of an area's councils. */
export function areaProjection(asOf: CalendarDate, monthStarts: readonly CalendarDate[], tallies: readonly PipelineTally[]): AreaProjection {
  const months = monthStarts.length;
  return {
    asOf,
    monthStarts,
    slices: PROJECTION_SLICES.map((slice, s) => {
      const householdsByStage = {} as Record<OpenStage, number>;
      OPEN_STAGES.forEach((stage, i) => { householdsByStage[stage] = sum(tallies, (t) => t.households[s * OPEN_STAGES.length + i]); });
      const monthly = Array.from({ length: months + 1 }, (_, m) => sum(tallies, (t) => t.places[s * (months + 1) + m]));
      let running = 0;
      const cumulativePlaces = monthly.slice(0, months).map((p) => (running += p));
      const households = OPEN_STAGES.reduce((n, stage) => n + householdsByStage[stage], 0);
      return { slice, householdsByStage, households, cumulativePlaces, placesBeyondHorizon: monthly[months] };
    }),
  };
}

/** The first month (1-based) by whose end the expected places reach the gap; 0 if there is no gap; null if not within the horizon. */
export function monthCovered(gap: number, cumulativePlaces: readonly number[]): number | null {
  if (gap <= 0) return 0;
  // Expected places are sums of fractions: allow for floating-point error.
  const k = cumulativePlaces.findIndex((places) => places >= gap - 1e-9);
  return k < 0 ? null : k + 1;
}

function sum(tallies: readonly PipelineTally[], pick: (t: PipelineTally) => number): number {
  let total = 0;
  for (const t of tallies) total += pick(t);
  return total;
}
