import type { ShortageCategory } from '../recruitment/fostering-interest';
import { SHORTAGE_CATEGORIES } from '../recruitment/fostering-interest';
import { monthCovered, type AreaProjection } from './area-projection';
import { areaId, type SufficiencyArea } from './sufficiency-areas';
import type { GapFigures } from './sufficiency-gap';
import { sliceCategory } from './sufficiency-slices';

/** Why a category will not be covered within the horizon. */
export const PRIORITY_REASONS = ['no-pipeline', 'pipeline-too-small', 'pipeline-too-slow'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

/** Plain-English reasons, with no figures in them (figures shown beside them go through disclosure control). */
export const PRIORITY_REASON_TEXT: Record<PriorityReason, string> = {
  'no-pipeline': 'No household in the recruitment pipeline is open to these children.',
  'pipeline-too-small': 'The households in the pipeline will not add enough places, even after 12 months.',
  'pipeline-too-slow': 'The pipeline could add enough places, but not within 12 months.',
};

/** A category in an area whose gap the pipeline will not close within the horizon (unrounded: for workers, not display). */
export interface RecruitmentPriority {
  readonly area: SufficiencyArea;
  readonly category: ShortageCategory;
  readonly gap: number;
  readonly householdsInPipeline: number;
  /** Expected places added by the end of the horizon. */
  readonly projectedPlaces: number;
  /** gap − projectedPlaces: what is still missing at the end of the horizon. */
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
 * Every (area, shortage category) with a gap the pipeline will not close within the horizon,
 * largest shortfall first (then largest gap, then area id, then category order).
 */
export function recruitmentPriorities(outlooks: readonly AreaOutlook[]): RecruitmentPriority[] {
  const out: RecruitmentPriority[] = [];
  for (const o of outlooks) for (const p of o.projection.slices) {
    const category = sliceCategory(p.slice);
    const gap = o.gap.find((g) => g.slice === p.slice)?.gap ?? 0;
    if (category === null || monthCovered(gap, p.cumulativePlaces) !== null) continue;
    const projected = p.cumulativePlaces[p.cumulativePlaces.length - 1] ?? 0;
    const reason: PriorityReason = p.households === 0 ? 'no-pipeline' : projected + p.placesBeyondHorizon >= gap - 1e-9 ? 'pipeline-too-slow' : 'pipeline-too-small';
    out.push({ area: o.area, category, gap, householdsInPipeline: p.households, projectedPlaces: projected, shortfall: gap - projected, reason });
  }
  return out.sort(byPriority);
}

function byPriority(a: RecruitmentPriority, b: RecruitmentPriority): number {
  return b.shortfall - a.shortfall || b.gap - a.gap || areaId(a.area).localeCompare(areaId(b.area))
    || SHORTAGE_CATEGORIES.indexOf(a.category) - SHORTAGE_CATEGORIES.indexOf(b.category);
}
