import fc from 'fast-check';
import type { CountTable, PublishedTable } from './count-table';
import { recoverableCells } from './disclosure-audit';
import { disclosurePolicy } from './disclosure-policy';
import { protectTable } from './protect-table';

/** Mostly small counts (so suppression has work to do), some zeros, some large. */
const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 8 }), weight: 3 }, { arbitrary: fc.integer({ min: 9, max: 400 }), weight: 1 });
const TOTALS = ['all', 'rows', 'columns', 'rows-and-columns', 'none'] as const;

const table = fc.record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }), totals: fc.constantFrom(...TOTALS) })
  .chain(({ rows, columns, totals }) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })
    .map((cells) => build(cells, totals)));

function build(cells: number[][], totals: (typeof TOTALS)[number]): CountTable {
  const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0].map((_, j) => cells.reduce((s, r) => s + r[j], 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const rows = totals === 'all' || totals.startsWith('rows');
  const columns = totals === 'all' || totals === 'columns' || totals === 'rows-and-columns';
  return {
    rows: cells.map((_, i) => `r${i}`), columns: cells[0].map((_, j) => `c${j}`), cells,
    ...(rows ? { rowTotals } : {}), ...(columns ? { columnTotals } : {}), ...(totals === 'all' ? { grandTotal: grand } : {}),
  };
}

/** Every relation of a table as [published, raw] pairs, the total last. */
function lines(raw: CountTable, out: PublishedTable): [number | 'c', number][][] {
  const result: [number | 'c', number][][] = [];
  const R = raw.rows.length;
  const C = raw.columns.length;
  if (raw.rowTotals) for (let i = 0; i < R; i++) result.push([...raw.cells[i].map((v, j) => [out.cells[i][j], v] as [number | 'c', number]), [out.rowTotals![i], raw.rowTotals[i]]]);
  if (raw.columnTotals) for (let j = 0; j < C; j++) result.push([...raw.cells.map((r, i) => [out.cells[i][j], r[j]] as [number | 'c', number]), [out.columnTotals![j], raw.columnTotals[j]]]);
  if (raw.grandTotal !== undefined && raw.columnTotals) result.push([...raw.columnTotals.map((v, j) => [out.columnTotals![j], v] as [number | 'c', number]), [out.grandTotal!, raw.grandTotal]]);
  if (raw.grandTotal !== undefined && raw.rowTotals) result.push([...raw.rowTotals.map((v, i) => [out.rowTotals![i], v] as [number | 'c', number]), [out.grandTotal!, raw.grandTotal]]);
  return result;
}

function pairs(raw: CountTable, out: PublishedTable): [number | 'c', number][] {
  return [
    ...raw.cells.flatMap((r, i) => r.map((v, j) => [out.cells[i][j], v] as [number | 'c', number])),
    ...(raw.rowTotals ?? []).map((v, i) => [out.rowTotals![i], v] as [number | 'c', number]),
    ...(raw.columnTotals ?? []).map((v, j) => [out.columnTotals![j], v] as [number | 'c', number]),
    ...(raw.grandTotal === undefined ? [] : [[out.grandTotal!, raw.grandTotal] as [number | 'c', number]]),
  ];
}

describe('suppression, for any table', () => {
  const council = disclosurePolicy('council');

  it('suppresses every count of 1 to 5, never a zero, and shows everything else exactly', () => {
    fc.assert(fc.property(table, (raw) => {
      for (const [shown, value] of pairs(raw, protectTable(raw, council))) {
        if (value >= 1 && value <= 5) expect(shown).toBe('c');
        else if (value === 0) expect(shown).toBe(0);
        else expect([value, 'c']).toContain(shown);
      }
    }), { numRuns: 400 });
  });

  it('never leaves a suppressed cell that a published total minus the published cells of its row or column would recover', () => {
    fc.assert(fc.property(table, (raw) => {
      for (const line of lines(raw, protectTable(raw, council))) {
        expect(line.filter(([shown]) => shown === 'c').length).not.toBe(1);
      }
    }), { numRuns: 400 });
  });

  it('never leaves a suppressed cell that any combination of rows and columns would recover', () => {
    fc.assert(fc.property(table, (raw) => {
      expect(recoverableCells(protectTable(raw, council))).toEqual([]);
    }), { numRuns: 400 });
  });

  it('suppresses the same cells at every level, and rounds the shown counts at regional level', () => {
    fc.assert(fc.property(table, (raw) => {
      const exact = protectTable(raw, council);
      const rounded = protectTable(raw, disclosurePolicy('regional'));
      pairs(raw, exact).forEach(([shown], n) => {
        const r = pairs(raw, rounded)[n][0];
        expect(r === 'c').toBe(shown === 'c');
        if (r !== 'c') expect(r % 10).toBe(0);
      });
    }), { numRuns: 200 });
  });

});
