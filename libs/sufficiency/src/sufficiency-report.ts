import {
  gapKey, PLACEMENT_QUALITY_KEYS, PRIORITY_REASON_TEXT, publishAreaSufficiency, recruitmentPriorities,
  type AreaSufficiency, type CooperativeId, type CouncilCode, type NationalFigure, type PlacementQualityKey, type PublishedAreaSufficiency,
  type PublishedCount, type PublishedCoverage, type PublishedEstimate, type PublishedPercent, type ShortageCategory,
} from '@app/domain';
import type { ResolvedArea } from './area-directory';
import { projectionAssumptions, type ProjectionAssumptions } from './population-flows-from';
import type { SufficiencyComputation } from './recompute-sufficiency.use-case';

/** The figures on top of the dashboard, each taken from a published table (so already protected). */
export interface SufficiencyHeadline {
  readonly households: PublishedCount | null;
  readonly places: PublishedCount | null;
  readonly filledPlaces: PublishedCount | null;
  readonly availableVacancies: PublishedCount | null;
  readonly need: PublishedCount | null;
  readonly openReferrals: PublishedCount | null;
  readonly placedChildren: PublishedCount | null;
  readonly gap: PublishedEstimate | null;
}

export interface PublishedPriority {
  readonly category: ShortageCategory;
  readonly reason: string;
  readonly reasonText: string;
  readonly gap: PublishedEstimate | null;
  readonly coverage: PublishedCoverage | null;
}

/** What an analyst receives for one area: published aggregates only, with ONS codes. */
export interface SufficiencyAreaReport {
  readonly area: { readonly id: string; readonly kind: string; readonly name: string; readonly level: string; readonly cooperativeIds: readonly string[];
    readonly councils: readonly { readonly code: string; readonly name: string }[] };
  readonly asOf: string;
  readonly headline: SufficiencyHeadline;
  readonly tables: Omit<PublishedAreaSufficiency, 'area' | 'level' | 'coverage' | 'projectedGap'>;
  readonly coverage: PublishedAreaSufficiency['coverage'];
  /** The gap projected to months 3, 6 and 12 (pipeline, carers leaving, children coming and going); absent in older snapshots. */
  readonly projectedGap?: PublishedAreaSufficiency['projectedGap'];
  readonly projectionAssumptions?: ProjectionAssumptions;
  readonly priorities: readonly PublishedPriority[];
  /** Recruitment stages whose outlook is a documented default, for want of history. */
  readonly defaultOutlookStages: readonly string[];
}

/** The area's raw figures, found in the computation. */
export function rawFiguresOf(c: SufficiencyComputation, r: ResolvedArea): AreaSufficiency {
  if (r.area.kind === 'england') return c.figures.england;
  return r.area.kind === 'cooperative' ? c.figures.cooperatives.get(r.area.id as CooperativeId)! : c.figures.councils.get(r.area.code as CouncilCode)!;
}

function projectionOf(c: SufficiencyComputation, r: ResolvedArea) {
  if (r.area.kind === 'england') return c.projections.england;
  return r.area.kind === 'cooperative' ? c.projections.cooperatives.get(r.area.id as CooperativeId)! : c.projections.councils.get(r.area.code as CouncilCode)!;
}

/** Publishes one area: every figure through disclosure control, priorities without their unrounded shortfalls. */
export function areaReport(c: SufficiencyComputation, r: ResolvedArea): SufficiencyAreaReport {
  const raw = rawFiguresOf(c, r);
  const projection = projectionOf(c, r);
  const published = publishAreaSufficiency(raw, projection);
  const { area: _area, level, coverage, projectedGap, ...tables } = published;
  const priorities = recruitmentPriorities([{ area: raw.area, gap: raw.gap, projection }]).map((p) => ({
    category: p.category, reason: p.reason, reasonText: PRIORITY_REASON_TEXT[p.reason],
    gap: published.gap.estimates[gapKey(`category:${p.category}`)] ?? null,
    coverage: coverage[`category:${p.category}`] ?? null,
  }));
  return {
    area: { id: r.id, kind: r.area.kind, name: r.name, level, cooperativeIds: r.cooperativeIds, councils: r.councils },
    asOf: c.asOf, headline: headlineOf(published), tables, coverage, projectedGap, projectionAssumptions: projectionAssumptions(c.flows),
    priorities, defaultOutlookStages: c.inputs.defaultedStages,
  };
}

function headlineOf(p: PublishedAreaSufficiency): SufficiencyHeadline {
  const all = p.places.find((s) => s.slice === 'all')?.table;
  const row = p.need.rows.indexOf('all');
  return {
    households: p.households.rowTotals?.[p.households.rows.indexOf('all')] ?? null,
    places: all?.grandTotal ?? null,
    filledPlaces: all?.columnTotals?.[0] ?? null,
    availableVacancies: all?.columnTotals?.[1] ?? null,
    need: p.need.rowTotals?.[row] ?? null,
    openReferrals: p.need.cells[row]?.[0] ?? null,
    placedChildren: p.need.cells[row]?.[1] ?? null,
    gap: p.gap.estimates[gapKey('all')] ?? null,
  };
}

/** Every placement-quality percentage of a published area, by key. */
export function placementPercentages(t: SufficiencyAreaReport['tables']): Record<PlacementQualityKey, PublishedPercent | null> {
  const all = { ...t.placementLocality.percentages, ...t.connectedPerson.percentages, ...t.siblings.percentages };
  return Object.fromEntries(PLACEMENT_QUALITY_KEYS.map((k) => [k, all[k] ?? null])) as Record<PlacementQualityKey, PublishedPercent | null>;
}

/** One row of the placement-quality comparison: the area, England (this platform) and the DfE national figure. */
export interface QualityComparisonRow {
  readonly key: PlacementQualityKey;
  readonly area: PublishedPercent | null;
  readonly england: PublishedPercent | null;
  readonly national: NationalFigure | null;
}

export function qualityComparison(area: SufficiencyAreaReport, england: SufficiencyAreaReport, national: Partial<Record<PlacementQualityKey, NationalFigure>>): QualityComparisonRow[] {
  const a = placementPercentages(area.tables);
  const e = placementPercentages(england.tables);
  return PLACEMENT_QUALITY_KEYS.map((key) => ({ key, area: a[key], england: e[key], national: national[key] ?? null }));
}
