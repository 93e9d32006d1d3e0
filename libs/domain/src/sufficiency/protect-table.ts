import { TOTAL, type CellRef, type CountTable, type EstimateRequest, type PercentRequest, type PublishedTable } from './count-table';
import { percentOf, roundHalfUp, roundToBase, type DisclosurePolicy, type PublishedCount, type PublishedEstimate, type PublishedPercent } from './disclosure-policy';
import { closeSuppressionChains } from './suppression-chains';
import { buildGrid, suppressNextSmallest, suppressSmallCounts, type SuppressionGrid } from './suppression-grid';

/** Options for protecting one table. */
export interface ProtectOptions<R extends string = string, C extends string = string> {
  /** Cells to suppress whatever their value, e.g. because a linked table suppressed the same figure. */
  readonly forced?: readonly CellRef<R, C>[];
  /** Also close suppression chains that several lines together would give away (default true). */
  readonly closeChains?: boolean;
}

/**
 * Puts a table through disclosure control, in this order: primary suppression of 1–5 on the
 * unrounded counts; secondary suppression until stable (next smallest cell in any line with one
 * suppressed cell, then chains); rounding of the counts still shown; percentages and estimates
 * from the unrounded counts, suppressed wherever a count they use is.
 */
export function protectTable<R extends string, C extends string>(
  table: CountTable<R, C>, policy: DisclosurePolicy, options: ProtectOptions<R, C> = {},
): PublishedTable<R, C> {
  const grid = buildGrid(table);
  suppressSmallCounts(grid, policy);
  for (const ref of options.forced ?? []) {
    const k = cellIndex(table, grid, ref);
    if (grid.values[k] > 0) grid.suppressed[k] = 1;
  }
  for (;;) {
    while (suppressNextSmallest(grid));
    if (options.closeChains === false || !closeSuppressionChains(grid)) break;
  }
  return publish(table, grid, policy);
}

/** Position of a cell in the grid; throws for a row or column the table does not have. */
export function cellIndex<R extends string, C extends string>(table: CountTable<R, C>, grid: SuppressionGrid, ref: CellRef<R, C>): number {
  const i = ref.row === TOTAL ? table.rows.length : table.rows.indexOf(ref.row);
  const j = ref.column === TOTAL ? table.columns.length : table.columns.indexOf(ref.column);
  const k = i * grid.width + j;
  if (i < 0 || j < 0 || !grid.present[k]) throw new Error(`No cell ${ref.row} × ${ref.column} in this table`);
  return k;
}

function publish<R extends string, C extends string>(table: CountTable<R, C>, grid: SuppressionGrid, policy: DisclosurePolicy): PublishedTable<R, C> {
  const R = table.rows.length;
  const C = table.columns.length;
  const shown = (k: number): PublishedCount => {
    if (grid.suppressed[k]) return 'c';
    return policy.roundingBase === null ? grid.values[k] : roundToBase(grid.values[k], policy.roundingBase);
  };
  const at = (i: number, j: number) => shown(i * grid.width + j);
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, i) => table.columns.map((__, j) => at(i, j))),
    rowTotals: table.rowTotals ? table.rows.map((_, i) => at(i, C)) : null,
    columnTotals: table.columnTotals ? table.columns.map((_, j) => at(R, j)) : null,
    grandTotal: table.grandTotal === undefined ? null : at(R, C),
    rounded: policy.roundingBase !== null,
    roundingBase: policy.roundingBase,
    percentages: Object.fromEntries((table.percentages ?? []).map((p) => [p.key, percentage(table, grid, p)])),
    estimates: Object.fromEntries((table.estimates ?? []).map((e) => [e.key, estimate(table, grid, policy, e)])),
  };
}

function percentage<R extends string, C extends string>(table: CountTable<R, C>, grid: SuppressionGrid, p: PercentRequest<R, C>): PublishedPercent {
  const part = p.numerator.map((ref) => cellIndex(table, grid, ref));
  const whole = p.denominator.map((ref) => cellIndex(table, grid, ref));
  if ([...part, ...whole].some((k) => grid.suppressed[k])) return 'c';
  const sum = (ks: number[]) => ks.reduce((s, k) => s + grid.values[k], 0);
  return percentOf(sum(part), sum(whole));
}

function estimate<R extends string, C extends string>(table: CountTable<R, C>, grid: SuppressionGrid, policy: DisclosurePolicy, e: EstimateRequest<R, C>): PublishedEstimate {
  if (e.basis.some((ref) => grid.suppressed[cellIndex(table, grid, ref)])) return 'c';
  if (e.value === null) return 'z';
  if (e.countLike && policy.roundingBase !== null) return roundToBase(e.value, policy.roundingBase);
  return roundHalfUp(e.value, e.countLike ? 0 : (e.decimals ?? 0));
}
