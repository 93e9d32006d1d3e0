import { addDays, CATEGORY_SLICES, dayOfWeek, londonDate, type CalendarDate, type PublishedCount, type SliceKey } from '@app/domain';
import type { TrendPoint } from '../../sufficiency/get-sufficiency-trends.use-case';
import { shown, sliceLabel } from './sufficiency-labels';

/** Size of every trend chart's drawing (viewBox units); the plot sits inside the margins. */
export const TREND_CHART = { width: 360, height: 200, left: 48, right: 16, top: 12, bottom: 30 } as const;

/** Up to this many snapshots are shown one by one (a month of daily snapshots); beyond it, one a week. */
const DAILY_POINTS = 35;
const WEEKS = 52;

/** A figure as the chart sees it: a number, 'c' (suppressed: a gap) or null (not available: a gap). */
type Figure = PublishedCount | null;

interface Dated { readonly date: CalendarDate; readonly point: TrendPoint }

/**
 * The snapshots to draw: every one while there are few, else the latest of each week (weeks
 * start on Monday) for the last 52 weeks, so a year of daily snapshots stays readable.
 */
export function chartPoints(points: readonly TrendPoint[]): { points: Dated[]; weekly: boolean } {
  const dated = points.map((point) => ({ date: londonDate(new Date(point.takenAt)), point }));
  if (dated.length <= DAILY_POINTS) return { points: dated, weekly: false };
  const byWeek = new Map<CalendarDate, Dated>();
  for (const d of dated) byWeek.set(addDays(d.date, -((dayOfWeek(d.date) + 6) % 7)), d);
  return { points: [...byWeek.values()].slice(-WEEKS), weekly: true };
}

/** Supply is filled places plus available vacancies: suppressed if either is. */
function supplyOf(s: TrendPoint['bySlice'][string] | undefined): Figure {
  if (!s || s.filledPlaces === null || s.availableVacancies === null) return null;
  if (s.filledPlaces === 'c' || s.availableVacancies === 'c') return 'c';
  return s.filledPlaces + s.availableVacancies;
}

/** Counts are whole and never negative: a ceiling of 1, 2 or 5 times a power of ten. */
function niceCeiling(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= max)!;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export interface ChartSeries {
  readonly kind: 'supply' | 'need';
  /** One polyline per run of shown figures: a suppressed or missing figure breaks the line. */
  readonly segments: readonly string[];
  readonly markers: readonly { readonly x: number; readonly y: number }[];
}

export interface TrendChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly ChartSeries[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly xTicks: readonly { readonly x: number; readonly label: string; readonly anchor: 'start' | 'middle' | 'end' }[];
  readonly table: { readonly id: string; readonly caption: string; readonly head: string[]; readonly rows: string[][] };
}

function seriesOf(kind: ChartSeries['kind'], values: readonly Figure[], xs: readonly number[], y: (v: number) => number): ChartSeries {
  const segments: string[] = [];
  const markers: { x: number; y: number }[] = [];
  let run: string[] = [];
  const close = () => { if (run.length > 1) segments.push(run.join(' ')); run = []; };
  values.forEach((v, i) => {
    if (typeof v !== 'number') { close(); return; }
    markers.push({ x: xs[i], y: y(v) });
    run.push(`${xs[i]},${y(v)}`);
  });
  close();
  return { kind, segments, markers };
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLabel = (d: CalendarDate) => DAY_LABEL.format(new Date(`${d}T00:00:00Z`));

/** One chart (and its table) of supply against need over time for a slice. */
export function trendChart(slice: SliceKey, points: readonly Dated[]): TrendChart {
  const { width, height, left, right, top, bottom } = TREND_CHART;
  const label = sliceLabel(slice);
  const supply = points.map((p) => supplyOf(p.point.bySlice[slice]));
  const need = points.map((p) => p.point.bySlice[slice]?.need ?? null);
  const max = niceCeiling(Math.max(0, ...[...supply, ...need].filter((v): v is number => typeof v === 'number')));
  const plotWidth = width - left - right;
  const times = points.map((p) => Date.parse(p.date));
  const span = Math.max(0, times[times.length - 1] - times[0]);
  const xs = times.map((t) => round1(span === 0 ? left + plotWidth / 2 : left + ((t - times[0]) / span) * plotWidth));
  const y = (v: number) => round1(height - bottom - (v / max) * (height - top - bottom));
  const ticks = max % 2 === 0 || max >= 10 ? [0, max / 2, max] : [0, max];
  const id = `trend-${slice.replace(/\W+/g, '-')}`;
  const first = points[0]?.date;
  const last = points[points.length - 1]?.date;
  return {
    id,
    title: `${label}: supply and need over time`,
    description: `Line chart of supply (solid line with circles) and need (dashed line with squares)${first ? ` from ${dayLabel(first)} to ${dayLabel(last!)}` : ''}. `
      + 'A gap in a line is a figure suppressed to protect children and carers (c in the table beside it), not a zero.',
    series: [seriesOf('supply', supply, xs, y), seriesOf('need', need, xs, y)],
    yTicks: ticks.map((t) => ({ y: y(t), label: t.toLocaleString('en-GB') })),
    xTicks: first === undefined ? [] : first === last
      ? [{ x: xs[0], label: dayLabel(first), anchor: 'middle' }]
      : [{ x: left, label: dayLabel(first), anchor: 'start' }, { x: width - right, label: dayLabel(last!), anchor: 'end' }],
    table: {
      id: `${id}-table`, caption: `${label}: supply and need at each snapshot`, head: ['Date', 'Supply', 'Need', 'Gap'],
      rows: points.map((p, i) => [dayLabel(p.date), shown(supply[i]), shown(need[i]), shown(p.point.bySlice[slice]?.gap)]),
    },
  };
}

/** A chart for all children and one per shortage category. */
export function trendCharts(points: readonly Dated[]): TrendChart[] {
  return (['all', ...CATEGORY_SLICES] as SliceKey[]).map((slice) => trendChart(slice, points));
}
