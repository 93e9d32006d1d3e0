import { TOTAL, type CountTable } from './count-table';
import { isSmallCount, type DisclosurePolicy } from './disclosure-policy';

/**
 * A count table laid out for suppression: (rows + 1) × (columns + 1) cells, the last row and column
 * holding the totals. A "line" is a row or column whose cells add up to its total: the relations
 * an onlooker can subtract along. Cells are numbered row by row.
 */
export interface SuppressionGrid {
  readonly width: number;
  readonly values: Float64Array;
  readonly present: Uint8Array;
  readonly suppressed: Uint8Array;
  /** Each line's cells, the total last. */
  readonly lines: readonly (readonly number[])[];
  /** Line id of each grid row / column, or -1 where it has no total to add up to. */
  readonly rowLine: Int32Array;
  readonly columnLine: Int32Array;
}

/** Lays a table out for suppression; throws if a total given does not equal the sum of its cells. */
export function buildGrid(table: CountTable): SuppressionGrid {
  checkShape(table);
  const R = table.rows.length;
  const C = table.columns.length;
  const width = C + 1;
  const size = (R + 1) * width;
  const values = new Float64Array(size);
  const present = new Uint8Array(size);
  const put = (i: number, j: number, v: number | undefined) => { if (v !== undefined) { values[i * width + j] = v; present[i * width + j] = 1; } };
  table.cells.forEach((row, i) => row.forEach((v, j) => put(i, j, v)));
  table.rowTotals?.forEach((v, i) => put(i, C, v));
  table.columnTotals?.forEach((v, j) => put(R, j, v));
  put(R, C, table.grandTotal);
  const grid = { width, values, present, suppressed: new Uint8Array(size), lines: [] as number[][], rowLine: new Int32Array(R + 1).fill(-1), columnLine: new Int32Array(width).fill(-1) };
  addLines(grid, table, R, C);
  for (const line of grid.lines) checkSum(values, line);
  return grid;
}

/** Primary suppression: every count from 1 to the policy's limit. */
export function suppressSmallCounts(grid: SuppressionGrid, policy: DisclosurePolicy): void {
  for (let k = 0; k < grid.values.length; k++) if (grid.present[k] && isSmallCount(grid.values[k], policy)) grid.suppressed[k] = 1;
}

/**
 * Secondary suppression, one pass (the DfE rule): where a line has exactly one suppressed cell,
 * its total and the other cells would give it away, so suppress the next smallest cell in that
 * line. Zeros are never chosen (a 0 shown is always a true 0); if only zeros are left, the
 * total is suppressed instead. Returns whether anything changed: call until it returns false.
 */
export function suppressNextSmallest(grid: SuppressionGrid): boolean {
  let changed = false;
  for (const line of grid.lines) {
    let count = 0;
    for (const k of line) count += grid.suppressed[k];
    if (count !== 1) continue;
    const next = smallestShown(grid, line);
    if (next < 0) continue;
    grid.suppressed[next] = 1;
    changed = true;
  }
  return changed;
}

function smallestShown(grid: SuppressionGrid, line: readonly number[]): number {
  let best = -1;
  for (const k of line) {
    if (grid.suppressed[k] || grid.values[k] <= 0) continue;
    if (best < 0 || grid.values[k] < grid.values[best]) best = k;
  }
  return best;
}

function addLines(grid: { lines: number[][]; rowLine: Int32Array; columnLine: Int32Array; width: number; present: Uint8Array }, table: CountTable, R: number, C: number): void {
  const rows = table.rowTotals !== undefined;
  const columns = table.columnTotals !== undefined;
  const grand = table.grandTotal !== undefined;
  const members = (cells: number[]) => cells.filter((k) => grid.present[k] === 1);
  for (let i = 0; i <= R; i++) {
    if (i < R ? !rows : !(columns && grand)) continue;
    grid.rowLine[i] = grid.lines.length;
    grid.lines.push(members(Array.from({ length: C + 1 }, (_, j) => i * grid.width + j)));
  }
  for (let j = 0; j <= C; j++) {
    if (j < C ? !columns : !(rows && grand)) continue;
    grid.columnLine[j] = grid.lines.length;
    grid.lines.push(members(Array.from({ length: R + 1 }, (_, i) => i * grid.width + j)));
  }
}

function checkShape(table: CountTable): void {
  const R = table.rows.length;
  const C = table.columns.length;
  const ok = table.cells.length === R && table.cells.every((row) => row.length === C)
    && (table.rowTotals?.length ?? R) === R && (table.columnTotals?.length ?? C) === C
    && !table.rows.includes(TOTAL) && !table.columns.includes(TOTAL);
  if (!ok) throw new Error('A count table needs one cell per row and column, totals to match, and no row or column named "total"');
  const all = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? []), ...(table.grandTotal === undefined ? [] : [table.grandTotal])];
  if (all.some((v) => !Number.isFinite(v) || v < 0)) throw new Error('Counts must be finite and not negative');
}

function checkSum(values: Float64Array, line: readonly number[]): void {
  let sum = 0;
  for (let n = 0; n < line.length - 1; n++) sum += values[line[n]];
  if (Math.abs(sum - values[line[line.length - 1]]) > 1e-6) throw new Error('A total in a count table does not equal the sum of its cells');
}
