import { toCsv, type CsvCell } from '@app/web';
import type { PublishedTable } from '@app/domain';
import type { SufficiencyAreaReport } from '@app/sufficiency';

/** The tables an area publishes, by the name used in CSV downloads. */
export const TABLE_NAMES = ['households', 'places', 'need', 'gap', 'placement-locality', 'connected-person', 'siblings', 'pipeline'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

const HEADER = ['time_period', 'geographic_level', 'area_code', 'area_name', 'table', 'slice', 'measure', 'row', 'column', 'value', 'rounded_to'];

/** Tables of one area by name (places has one table per slice). */
function tablesOf(r: SufficiencyAreaReport): [TableName, string, PublishedTable][] {
  const t = r.tables;
  return [
    ['households', '', t.households], ...t.places.map((p) => ['places', p.slice, p.table] as [TableName, string, PublishedTable]),
    ['need', '', t.need], ['gap', '', t.gap], ['placement-locality', '', t.placementLocality],
    ['connected-person', '', t.connectedPerson], ['siblings', '', t.siblings],
    ...(t.pipeline ? [['pipeline', '', t.pipeline] as [TableName, string, PublishedTable]] : []),
  ];
}

/** Tidy rows of one published table: counts, totals, percentages and estimates ('c' where suppressed). */
function tableRows(r: SufficiencyAreaReport, name: TableName, slice: string, t: PublishedTable): CsvCell[][] {
  const base = [r.asOf, r.area.level, r.area.id, r.area.name, name, slice];
  const rounded = t.roundingBase;
  const out: CsvCell[][] = [];
  const push = (measure: string, row: string, column: string, value: CsvCell) => out.push([...base, measure, row, column, value, rounded]);
  t.rows.forEach((row, i) => t.columns.forEach((column, j) => push('count', row, column, t.cells[i][j])));
  t.rowTotals?.forEach((v, i) => push('count', t.rows[i], 'total', v));
  t.columnTotals?.forEach((v, j) => push('count', 'total', t.columns[j], v));
  if (t.grandTotal !== null) push('count', 'total', 'total', t.grandTotal);
  for (const [key, v] of Object.entries(t.percentages)) push('percent', key, '', v);
  for (const [key, v] of Object.entries(t.estimates)) push('estimate', key, '', v);
  // The projected gap rests on the pipeline (and the gap): it is published with the pipeline table.
  if (name === 'pipeline') for (const [key, v] of Object.entries(r.projectedGap ?? {})) push('estimate', key, '', v);
  return out;
}

/** One CSV of the given areas' tables (all tables, or one), every row carrying the area's ONS code. */
export function sufficiencyCsv(reports: readonly SufficiencyAreaReport[], only: TableName | null = null): string {
  const rows = reports.flatMap((r) => tablesOf(r).filter(([name]) => only === null || name === only).flatMap(([name, slice, t]) => tableRows(r, name, slice, t)));
  return toCsv(HEADER, rows);
}
