import type { PublishedCount } from '@app/domain';
import type { TrendPoint } from '../../sufficiency/get-sufficiency-trends.use-case';
import { chartPoints, TREND_CHART, trendChart } from './trend-charts';

/** A snapshot at noon UTC on a day, with teenagers' need and supply (filled, available) as given. */
function point(day: string, need: PublishedCount, filled: PublishedCount, available: PublishedCount = 0): TrendPoint {
  const slice = { need, filledPlaces: filled, availableVacancies: available, gap: 0 };
  return { takenAt: `${day}T12:00:00.000Z`, headline: {} as TrendPoint['headline'], bySlice: { 'category:teenagers': slice } };
}
const { height, bottom, top, left, width, right } = TREND_CHART;
const yOf = (value: number, max: number) => Math.round((height - bottom - (value / max) * (height - top - bottom)) * 10) / 10;

describe('a trend chart of supply against need', () => {
  const days = [point('2026-11-01', 10, 4, 4), point('2026-11-02', 'c', 4, 4), point('2026-11-03', 20, 6, 'c'), point('2026-11-04', 12, 6, 6)];
  const sut = trendChart('category:teenagers', chartPoints(days).points);
  const need = sut.series.find((s) => s.kind === 'need')!;
  const supply = sut.series.find((s) => s.kind === 'supply')!;

  it("draws a suppressed figure as a gap, never as a zero: need c on 2 November breaks the line", () => {
    expect(need.markers).toHaveLength(3);
    expect(need.segments).toHaveLength(1);
    expect(need.segments[0].split(' ')).toHaveLength(2);
    expect(need.markers.map((m) => m.y)).toEqual([yOf(10, 20), yOf(20, 20), yOf(12, 20)]);
    expect(need.markers.every((m) => m.y !== yOf(0, 20))).toBe(true);
  });

  it('suppresses supply when either of its parts is suppressed (available c on 3 November)', () => {
    expect(supply.markers).toHaveLength(3);
    expect(supply.segments).toEqual([`${supply.markers[0].x},${supply.markers[0].y} ${supply.markers[1].x},${supply.markers[1].y}`]);
    expect(sut.table.rows.map((r) => r.slice(1, 3))).toEqual([['8', '10'], ['8', 'c'], ['c', '20'], ['12', '12']]);
  });

  it('spaces snapshots by date across the plot and scales to a round maximum', () => {
    expect([need.markers[0].x, need.markers[2].x]).toEqual([left, width - right]);
    expect(sut.yTicks.map((t) => t.label)).toEqual(['0', '10', '20']);
    expect(sut.xTicks.map((t) => t.label)).toEqual(['1 Nov 2026', '4 Nov 2026']);
  });

  it('describes itself for screen readers, gaps included, and names its table', () => {
    expect(sut.title).toBe('Teenagers: supply and need over time');
    expect(sut.description).toMatch(/gap in a line is a figure suppressed.*not a zero/);
    expect(sut.table.id).toBe('trend-category-teenagers-table');
  });
});

describe('the snapshots a chart shows', () => {
  const daily = (n: number) => Array.from({ length: n }, (_, i) => point(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), i, i));

  it('shows a month of daily snapshots one by one', () => {
    expect(chartPoints(daily(35))).toMatchObject({ weekly: false, points: { length: 35 } });
  });

  it('shows a longer history as the latest snapshot of each week, for the last 52 weeks', () => {
    const { weekly, points } = chartPoints(daily(730));
    expect([weekly, points.length]).toEqual([true, 52]);
    expect(points[points.length - 1].date).toBe('2026-12-31');
    // Weeks start on Monday: the latest snapshot of the week before Thursday 31 December 2026 is Sunday 27 December.
    expect(points[points.length - 2].date).toBe('2026-12-27');
  });

  it('draws a single snapshot as markers in the middle, with no line', () => {
    const sut = trendChart('category:teenagers', chartPoints([point('2026-11-01', 7, 7)]).points);
    expect(sut.series.map((s) => [s.segments.length, s.markers.length])).toEqual([[0, 1], [0, 1]]);
    expect(sut.xTicks).toEqual([{ x: left + (width - left - right) / 2, label: '1 Nov 2026', anchor: 'middle' }]);
  });
});
