import type { ShortageCategory } from '../recruitment/fostering-interest';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import { monthCovered, type AreaProjection } from './area-projection';
import { areaId, type SufficiencyArea } from './sufficiency-areas';
import type { GapFigures } from './sufficiency-gap';
import { sliceCategory } from './sufficiency-slices';

/** Why a category will not be covered within the horizon. */
export const PRIORITY_REASONS = ['no-pipeline', 'pipeline-too-small', 'pipeline-too-slow', 'gap-opening'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

/** Plain-English reasons, with no figures in them (figures shown beside them go through disclosure control). */
export const PRIORITY_REASON_TEXT: Record<PriorityReason, string> = {
  'no-pipeline': 'No household in the recruitment pipeline is open to these children.',
  'pipeline-too-small': 'The households in the pipeline will not add enough places, even after 12 months, once carers leaving and children coming into care are allowed for.',
  'pipeline-too-slow': 'The pipeline could add enough places, but not within 12 months.',
  'gap-opening': 'There is no gap today, but carers leaving and children coming into care are expected to open one within 12 months that the pipeline will not fill.',
};

/** A category in an area whose gap the pipeline will not close within the horizon (unrounded: for workers, not display). */
export interface RecruitmentPriority {
  readonly area: SufficiencyArea;
  readonly category: ShortageCategory;
  /** The gap today. */
  readonly gap: number;
  readonly householdsInPipeline: number;
  /** Expected places added by the end of the horizon. */
  readonly projectedPlaces: number;
  /** The gap projected to the end of the horizon (gap − places + places lost + need added): what is still missing then. */
  readonly shortfall: number;
  readonly reason: PriorityReason;
}

/** An area's gap and projection, to be weighed against each other. */
export interface AreaOutlook {
  readonly area: SufficiencyArea;
  readonly gap: readonly GapFigures[];
  readonly projection: AreaProjection;
}

/**
 * Every (area, shortage category) with a gap at the horizon: one the pipeline will not close in
 * time, or one that carers leaving and children coming into care will open. Largest shortfall
 * first (then largest gap, then area id, then category order).
 */
export function recruitmentPriorities(outlooks: readonly AreaOutlook[]): RecruitmentPriority[] {
  const out: RecruitmentPriority[] = [];
  for (const o of outlooks) for (const p of o.projection.slices) {
    const category = sliceCategory(p.slice);
    const gap = o.gap.find((g) => g.slice === p.slice)?.gap ?? 0;
    if (category === null || monthCovered(gap, p.cumulativeGapClosed) !== null) continue;
    const last = p.cumulativePlaces.length - 1;
    const shortfall = gap - (p.cumulativeGapClosed[last] ?? 0);
    out.push({ area: o.area, category, gap, householdsInPipeline: p.households, projectedPlaces: p.cumulativePlaces[last] ?? 0, shortfall, reason: reasonFor(gap, shortfall, p) });
  }
  return out.sort(byPriority);
}

function reasonFor(gap: number, shortfall: number, p: AreaOutlook['projection']['slices'][number]): PriorityReason {
  if (gap <= 1e-9) return 'gap-opening';
  if (p.households === 0) return 'no-pipeline';
  return p.placesBeyondHorizon >= shortfall - 1e-9 ? 'pipeline-too-slow' : 'pipeline-too-small';
}

function byPriority(a: RecruitmentPriority, b: RecruitmentPriority): number {
  return b.shortfall - a.shortfall || b.gap - a.gap || areaId(a.area).localeCompare(areaId(b.area))
    || SHORTAGE_CATEGORIES.indexOf(a.category) - SHORTAGE_CATEGORIES.indexOf(b.category);
}
