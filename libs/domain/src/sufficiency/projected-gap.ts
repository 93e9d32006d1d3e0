import type { OpenStage } from '../recruitment/funnel';
import type { AreaProjection } from './area-projection';
import type { AreaSufficiency } from './compute-sufficiency';
import type { PublishedTable } from './count-table';
import { isSmallCount, roundHalfUp, roundToBase, type DisclosurePolicy, type PublishedEstimate } from './disclosure-policy';
import type { SliceKey } from './sufficiency-slices';
import { gapKey, type GapColumn } from './sufficiency-tables';

/** The months a projected gap is published for. */
export const PROJECTED_GAP_MONTHS = [3, 6, 12] as const;

/** Key of the gap projected to the end of month k for a slice. */
export function projectedGapKey(slice: SliceKey, month: number): string {
  return `projected-gap|${slice}|${month}`;
}

/**
 * The gap projected to the end of months 3, 6 and 12 (gap − pipeline places + homes lost + need
 * added), rounded like a count. Shown as 'c' when the gap is, when the pipeline it rests on is
 * (1–5 households), or when history says 1–5 children a year came into or left need: the
 * difference between this and the figures beside it would otherwise give those small numbers
 * away. (Flows from a configured rate are a share of need, which the gap already protects.)
 */
export function publishProjectedGaps(
  a: AreaSufficiency, projection: AreaProjection, gap: PublishedTable<SliceKey, GapColumn>,
  pipeline: PublishedTable<SliceKey, OpenStage>, policy: DisclosurePolicy,
): Record<string, PublishedEstimate> {
  const out: Record<string, PublishedEstimate> = {};
  projection.slices.forEach((p, i) => {
    const rawGap = a.gap.find((g) => g.slice === p.slice)?.gap;
    const hidden = gap.estimates[gapKey(p.slice)] === 'c' || pipeline.rowTotals?.[i] === 'c'
      || (projection.childFlowsFromHistory && [p.childrenEnteringPerYear, p.childrenLeavingPerYear].some((n) => isSmallCount(Math.ceil(n), policy)));
    for (const month of PROJECTED_GAP_MONTHS) {
      const closed = p.cumulativeGapClosed[month - 1];
      const key = projectedGapKey(p.slice, month);
      if (rawGap === undefined || closed === undefined) out[key] = 'z';
      else if (hidden) out[key] = 'c';
      else out[key] = policy.roundingBase === null ? roundHalfUp(rawGap - closed) : roundToBase(rawGap - closed, policy.roundingBase);
    }
  });
  return out;
}
