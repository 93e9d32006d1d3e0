import { CATEGORY_SLICES, gapKey, PROJECTION_SLICES, projectedGapKey, projectedPlacesKey, SLICES, type SliceKey } from '@app/domain';
import type { AreaSufficiencyAnswer } from '../../sufficiency/get-area-sufficiency.use-case';
import type { SufficiencyTrends } from '../../sufficiency/get-sufficiency-trends.use-case';
import { assumptionsText, coverageText, QUALITY_LABELS, shown, sliceLabel, STAGE_LABELS, STAGES } from './sufficiency-labels';
import { chartPoints, TREND_CHART, trendCharts } from './trend-charts';

const CHART_WIDTH = 220;

interface Bar { label: string; value: string; width: number; y: number; kind: 'supply' | 'need' }

/** Supply (filled places + available vacancies) against need, per shortage category, as SVG bar geometry. */
function supplyNeedChart(a: AreaSufficiencyAnswer) {
  const gap = a.tables.gap;
  const rows = CATEGORY_SLICES.map((slice) => {
    const cells = gap.cells[gap.rows.indexOf(slice)];
    const supply = typeof cells[1] === 'number' && typeof cells[2] === 'number' ? cells[1] + cells[2] : 'c';
    return { slice, label: sliceLabel(slice), need: cells[0], supply };
  });
  const max = Math.max(1, ...rows.flatMap((r) => [r.need, r.supply]).filter((v): v is number => typeof v === 'number'));
  const bars: Bar[] = [];
  rows.forEach((r, i) => {
    const y = i * 64;
    for (const [kind, value, dy] of [['supply', r.supply, 22], ['need', r.need, 42]] as const) {
      bars.push({ label: r.label, kind, value: shown(value), y: y + dy, width: typeof value === 'number' ? Math.round((value / max) * CHART_WIDTH) : 0 });
    }
  });
  return { rows: rows.map((r) => ({ ...r, need: shown(r.need), supply: shown(r.supply) })), bars, height: rows.length * 64 + 8, labels: rows.map((r, i) => ({ text: r.label, y: i * 64 + 16 })) };
}

function gapRows(a: AreaSufficiencyAnswer) {
  const gap = a.tables.gap;
  return SLICES.map((slice) => {
    const cells = gap.cells[gap.rows.indexOf(slice)];
    return {
      slice, label: sliceLabel(slice), need: shown(cells[0]), filled: shown(cells[1]), available: shown(cells[2]),
      gap: shown(gap.estimates[gapKey(slice)]), coverage: slice in a.coverage ? coverageText(a.coverage[slice]) : '',
    };
  });
}

function pipelineRows(a: AreaSufficiencyAnswer) {
  const p = a.tables.pipeline;
  if (!p) return [];
  return PROJECTION_SLICES.map((slice: SliceKey, i) => ({
    label: sliceLabel(slice),
    stages: p.cells[i].map((v) => shown(v)),
    total: shown(p.rowTotals?.[i]),
    months: [3, 6, 12].map((m) => shown(p.estimates[projectedPlacesKey(slice, m)])),
    // Older snapshots have no projected gap: shown as 'x' (not available).
    gapAt12: shown(a.projectedGap?.[projectedGapKey(slice, 12)]),
  }));
}

interface ViewTable { id: string; caption: string; head: string[]; rows: string[][] }

/** Everything the dashboard template shows, already as text; no figure here has skipped disclosure control. */
export function dashboardView(a: AreaSufficiencyAnswer, trends: SufficiencyTrends, links: { csv: string; areas: { href: string; text: string }[] }) {
  const h = a.headline;
  const chart = supplyNeedChart(a);
  const overTime = chartPoints(trends.points);
  const tables: Record<string, ViewTable> = {
    supplyNeed: { id: 'supply-need-table', caption: 'Supply and need by shortage category', head: ['Category', 'Supply', 'Need'], rows: chart.rows.map((r) => [r.label, r.supply, r.need]) },
    gap: {
      id: 'gap-table', caption: 'Gap = need minus filled places and available vacancies (positive: too few homes)',
      head: ['Children', 'Need', 'Filled places', 'Available vacancies', 'Gap', 'Pipeline closes the gap'],
      rows: gapRows(a).map((r) => [r.label, r.need, r.filled, r.available, r.gap, r.coverage]),
    },
    quality: {
      id: 'quality-table', caption: 'Children placed in foster care, beside England (this platform) and the DfE national figure',
      head: ['Measure', a.area.name, 'England (Hearth)', 'England (DfE)'],
      rows: a.placementQualityComparison.map((q) => [QUALITY_LABELS[q.key], shown(q.area, '%'), shown(q.england, '%'),
        q.national ? `${shown(q.national.percent, '%')} (${q.national.year})` : 'Not published']),
    },
    pipeline: {
      id: 'pipeline-table', caption: 'Households in the recruitment pipeline by stage, and places they are expected to add by the end of months 3, 6 and 12',
      head: ['Open to', ...STAGES.map((s) => STAGE_LABELS[s]), 'Households', 'Places by month 3', 'By month 6', 'By month 12', 'Gap after 12 months'],
      rows: pipelineRows(a).map((r) => [r.label, ...r.stages, r.total, ...r.months, r.gapAt12]),
    },
    priorities: {
      id: 'priorities-table', caption: 'Shortage categories the pipeline will not cover within 12 months', head: ['Category', 'Gap', 'Why'],
      rows: a.priorities.map((p) => [sliceLabel(`category:${p.category}`), shown(p.gap), p.reasonText]),
    },
    trends: {
      id: 'trends-table', caption: 'Headline figures at each snapshot', head: ['Date', 'Households', 'Places', 'Need', 'Gap'],
      rows: overTime.points.map((t) => [t.date, shown(t.point.headline.households), shown(t.point.headline.places), shown(t.point.headline.need), shown(t.point.headline.gap)]),
    },
  };
  return {
    pageTitle: `Sufficiency: ${a.area.name}`,
    area: a.area,
    rounded: a.area.level !== 'council',
    asOf: a.asOf,
    links,
    headline: [
      { label: 'Approved fostering households', value: shown(h.households) },
      { label: 'Approved places', value: shown(h.places) },
      { label: 'Available vacancies', value: shown(h.availableVacancies) },
      { label: 'Children needing or in foster care', value: shown(h.need) },
      { label: 'Waiting on an open referral', value: shown(h.openReferrals) },
      { label: 'Gap (need minus filled places and available vacancies)', value: shown(h.gap) },
    ],
    chart,
    chartWidth: CHART_WIDTH,
    trendCharts: overTime.points.length ? trendCharts(overTime.points) : [],
    trendsWeekly: overTime.weekly,
    trendChartSize: TREND_CHART,
    tables,
    defaultOutlooks: a.defaultOutlookStages.map((s) => STAGE_LABELS[s as keyof typeof STAGE_LABELS] ?? s),
    assumptions: assumptionsText(a.projectionAssumptions),
  };
}
