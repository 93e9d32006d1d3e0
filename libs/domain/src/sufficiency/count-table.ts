import type { PublishedCount, PublishedEstimate, PublishedPercent } from './disclosure-policy';

/** The key of a table's total row or total column. */
export const TOTAL = 'total';

/** One cell of a table: a row (or the total row) and a column (or the total column). */
export interface CellRef<R extends string = string, C extends string = string> {
  readonly row: R | typeof TOTAL;
  readonly column: C | typeof TOTAL;
}

/** A percentage to publish: the sum of some cells over the sum of others, from unrounded counts. */
export interface PercentRequest<R extends string = string, C extends string = string> {
  readonly key: string;
  readonly numerator: readonly CellRef<R, C>[];
  readonly denominator: readonly CellRef<R, C>[];
}

/**
 * A figure worked out from the table's counts (an average cost, a gap, a projection): suppressed
 * whenever any cell it is based on is. `countLike` figures (differences of counts) are rounded like
 * counts; others to `decimals` places.
 */
export interface EstimateRequest<R extends string = string, C extends string = string> {
  readonly key: string;
  readonly value: number | null;
  readonly basis: readonly CellRef<R, C>[];
  readonly countLike: boolean;
  readonly decimals?: number;
}

/**
 * A two-way table of counts, unrounded and unsuppressed. Give row totals only when each row's cells
 * add up to them (categories that do not overlap), and likewise column and grand totals: totals are
 * what secondary suppression protects against.
 */
export interface CountTable<R extends string = string, C extends string = string> {
  readonly rows: readonly R[];
  readonly columns: readonly C[];
  readonly cells: readonly (readonly number[])[];
  readonly rowTotals?: readonly number[];
  readonly columnTotals?: readonly number[];
  readonly grandTotal?: number;
  readonly percentages?: readonly PercentRequest<R, C>[];
  readonly estimates?: readonly EstimateRequest<R, C>[];
}

/** A table ready to show: every count, percentage and estimate has been through disclosure control. */
export interface PublishedTable<R extends string = string, C extends string = string> {
  readonly rows: readonly R[];
  readonly columns: readonly C[];
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly rowTotals: readonly PublishedCount[] | null;
  readonly columnTotals: readonly PublishedCount[] | null;
  readonly grandTotal: PublishedCount | null;
  /** True when shown counts were rounded (regional and national tables). */
  readonly rounded: boolean;
  /** The base counts were rounded to (10), or null when they are exact. */
  readonly roundingBase: number | null;
  readonly percentages: Readonly<Record<string, PublishedPercent>>;
  readonly estimates: Readonly<Record<string, PublishedEstimate>>;
}

/** The published value of one cell (a count, a total or the grand total); undefined if the table has no such cell. */
export function publishedCell<R extends string, C extends string>(table: PublishedTable<R, C>, ref: CellRef<R, C>): PublishedCount | undefined {
  if (ref.row === TOTAL) {
    if (ref.column === TOTAL) return table.grandTotal ?? undefined;
    return table.columnTotals?.[table.columns.indexOf(ref.column)];
  }
  const r = table.rows.indexOf(ref.row);
  return ref.column === TOTAL ? table.rowTotals?.[r] : table.cells[r]?.[table.columns.indexOf(ref.column)];
}
