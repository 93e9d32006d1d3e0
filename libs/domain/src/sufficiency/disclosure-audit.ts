import { TOTAL, type CellRef, type PublishedTable } from './count-table';

/**
 * The suppressed cells of a published table that an onlooker could work out exactly from the
 * cells shown, by combining any of its row and column relations (linear algebra over the
 * table's totals, ignoring rounding). Empty means the suppression holds. Used to check
 * published tables; it looks only at which cells are 'c', never at the hidden values.
 */
export function recoverableCells<R extends string, C extends string>(table: PublishedTable<R, C>): CellRef<R, C>[] {
  const refs = allCells(table);
  const unknown = refs.filter(({ value }) => value === 'c');
  const column = new Map(unknown.map((u, i) => [u.key, i]));
  const equations = lines(table).map((line) => {
    const row = new Array<number>(unknown.length).fill(0);
    line.forEach((key, n) => { const i = column.get(key); if (i !== undefined) row[i] = n === line.length - 1 ? -1 : 1; });
    return row;
  });
  const determined = determinedUnknowns(equations, unknown.length);
  return unknown.filter((_, i) => determined[i]).map((u) => u.ref);
}

interface TableCell<R extends string, C extends string> {
  readonly key: string;
  readonly ref: CellRef<R, C>;
  readonly value: number | 'c';
}

function allCells<R extends string, C extends string>(t: PublishedTable<R, C>): TableCell<R, C>[] {
  const out: TableCell<R, C>[] = [];
  const add = (row: R | typeof TOTAL, column: C | typeof TOTAL, value: number | 'c') => out.push({ key: `${row}\u0000${column}`, ref: { row, column }, value });
  t.rows.forEach((r, i) => t.columns.forEach((c, j) => add(r, c, t.cells[i][j])));
  t.rowTotals?.forEach((v, i) => add(t.rows[i], TOTAL, v));
  t.columnTotals?.forEach((v, j) => add(TOTAL, t.columns[j], v));
  if (t.grandTotal !== null) add(TOTAL, TOTAL, t.grandTotal);
  return out;
}

/** Each relation as the keys of its cells, the total last. */
function lines(t: PublishedTable): string[][] {
  const key = (row: string, column: string) => `${row}\u0000${column}`;
  const out: string[][] = [];
  const grand = t.grandTotal !== null;
  if (t.rowTotals) t.rows.forEach((r) => out.push([...t.columns.map((c) => key(r, c)), key(r, TOTAL)]));
  if (t.columnTotals) t.columns.forEach((c) => out.push([...t.rows.map((r) => key(r, c)), key(TOTAL, c)]));
  if (t.columnTotals && grand) out.push([...t.columns.map((c) => key(TOTAL, c)), key(TOTAL, TOTAL)]);
  if (t.rowTotals && grand) out.push([...t.rows.map((r) => key(r, TOTAL)), key(TOTAL, TOTAL)]);
  return out;
}

/** Gauss–Jordan elimination: an unknown is determined when its pivot row has no free unknowns left in it. */
function determinedUnknowns(rows: number[][], n: number): boolean[] {
  const m = rows.map((r) => [...r]);
  const pivotRowOf = new Array<number>(n).fill(-1);
  let rank = 0;
  for (let col = 0; col < n && rank < m.length; col++) {
    const p = m.findIndex((r, i) => i >= rank && Math.abs(r[col]) > 1e-9);
    if (p < 0) continue;
    [m[rank], m[p]] = [m[p], m[rank]];
    const pivot = m[rank][col];
    m[rank] = m[rank].map((v) => v / pivot);
    m.forEach((r, i) => { if (i !== rank && Math.abs(r[col]) > 1e-9) { const f = r[col]; m[i] = r.map((v, j) => v - f * m[rank][j]); } });
    pivotRowOf[col] = rank++;
  }
  const free = pivotRowOf.map((p) => p < 0);
  return pivotRowOf.map((p) => p >= 0 && m[p].every((v, j) => !free[j] || Math.abs(v) < 1e-9));
}
