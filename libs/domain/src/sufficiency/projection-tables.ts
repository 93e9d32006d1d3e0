import { OPEN_STAGES, type OpenStage } from '../recruitment/funnel';
import { TOTAL, type CountTable, type EstimateRequest } from './count-table';
import type { AreaProjection } from './area-projection';
import { PROJECTION_SLICES } from './pipeline-projection';
import type { SliceKey } from './sufficiency-slices';

/** Key of the expected places (cumulative) by the end of month k (1-based) for a slice. */
export function projectedPlacesKey(slice: SliceKey, month: number): string {
  return `projected-places|${slice}|${month}`;
}

/**
 * Households in the pipeline by slice and stage (adding up to the slice's pipeline), with the
 * expected places month by month as estimates: an estimate built on 1–5 households is suppressed,
 * since it would show that those few applicants exist.
 */
export function pipelineTable(p: AreaProjection): CountTable<SliceKey, OpenStage> {
  const estimates: EstimateRequest<SliceKey, OpenStage>[] = p.slices.flatMap((s) =>
    s.cumulativePlaces.map((value, m) => ({ key: projectedPlacesKey(s.slice, m + 1), value, basis: [{ row: s.slice, column: TOTAL }], countLike: true })));
  return {
    rows: PROJECTION_SLICES,
    columns: OPEN_STAGES,
    cells: p.slices.map((s) => OPEN_STAGES.map((stage) => s.householdsByStage[stage])),
    rowTotals: p.slices.map((s) => s.households),
    estimates,
  };
}
