import { addDays, addMonths, type CalendarDate } from '../calendar/calendar-date';
import { OPEN_STAGES, type OpenStage } from '../recruitment/funnel';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import type { PipelineHousehold, StageOutlooks } from './sufficiency-inputs';
import type { SliceKey } from './sufficiency-slices';

/** Recruitment is projected a year ahead (issue 6: "within 12 months"). */
export const PROJECTION_MONTHS = 12;

/** The slices the pipeline is projected for: everyone, then each shortage category. */
export const PROJECTION_SLICES: readonly SliceKey[] = ['all', ...SHORTAGE_CATEGORIES.map((c) => `category:${c}` as const)];

/** When the projection starts and how its months fall. */
export interface ProjectionCalendar {
  readonly asOf: CalendarDate;
  /** Month k (1-based) runs from monthStarts[k-1] up to, not including, the next start. */
  readonly monthStarts: readonly CalendarDate[];
  /** For each open stage: the month its households are expected to be approved in, or null if beyond the horizon. */
  readonly approvalMonth: Readonly<Record<OpenStage, number | null>>;
  readonly conversion: Readonly<Record<OpenStage, number>>;
}

/** Works out, once, which month each stage's households are expected to be approved in. */
export function projectionCalendar(asOf: CalendarDate, outlooks: StageOutlooks, months = PROJECTION_MONTHS): ProjectionCalendar {
  const monthStarts = Array.from({ length: months }, (_, k) => addMonths(asOf, k));
  const ends = Array.from({ length: months }, (_, k) => addMonths(asOf, k + 1));
  const approvalMonth = {} as Record<OpenStage, number | null>;
  const conversion = {} as Record<OpenStage, number>;
  for (const stage of OPEN_STAGES) {
    const approvedOn = addDays(asOf, Math.max(0, Math.round(outlooks[stage].daysToApproval)));
    const k = ends.findIndex((end) => approvedOn < end);
    approvalMonth[stage] = k < 0 ? null : k + 1;
    conversion[stage] = Math.min(1, Math.max(0, outlooks[stage].conversionToApproval));
  }
  return { asOf, monthStarts, approvalMonth, conversion };
}

const STAGES = OPEN_STAGES.length;

/**
 * Running pipeline figures for one council: households by slice and stage, and expected places
 * (households × conversion to approval × expected places) by slice and month of approval; the
 * last month column holds what is expected beyond the horizon.
 */
export interface PipelineTally {
  readonly households: Float64Array;
  readonly places: Float64Array;
  readonly months: number;
}

/** An empty tally for a projection of so many months. */
export function emptyPipelineTally(months = PROJECTION_MONTHS): PipelineTally {
  return { households: new Float64Array(PROJECTION_SLICES.length * STAGES), places: new Float64Array(PROJECTION_SLICES.length * (months + 1)), months };
}

/** Adds one household in the pipeline to 'all' and every category it is open to. */
export function tallyPipelineHousehold(tally: PipelineTally, calendar: ProjectionCalendar, h: PipelineHousehold): void {
  const stage = OPEN_STAGES.indexOf(h.stage);
  const month = calendar.approvalMonth[h.stage] ?? tally.months + 1;
  const expected = calendar.conversion[h.stage] * Math.max(0, h.expectedPlaces);
  const slices = [0];
  for (const c of h.openTo) {
    const s = 1 + SHORTAGE_CATEGORIES.indexOf(c);
    if (s > 0 && !slices.includes(s)) slices.push(s);
  }
  for (const s of slices) {
    tally.households[s * STAGES + stage] += 1;
    tally.places[s * (tally.months + 1) + month - 1] += expected;
  }
}
