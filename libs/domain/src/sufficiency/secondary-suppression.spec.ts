import type { CountTable } from './count-table';
import { recoverableCells } from './disclosure-audit';
import { disclosurePolicy } from './disclosure-policy';
import { protectTable } from './protect-table';

const council = disclosurePolicy('council');

/** A table with every total, from its interior cells. */
function withTotals(cells: number[][]): CountTable {
  return {
    rows: cells.map((_, i) => `r${i}`),
    columns: cells[0].map((_, j) => String.fromCharCode(97 + j)),
    cells,
    rowTotals: cells.map((r) => r.reduce((a, b) => a + b, 0)),
    columnTotals: cells[0].map((_, j) => cells.reduce((s, r) => s + r[j], 0)),
    grandTotal: cells.flat().reduce((a, b) => a + b, 0),
  };
}

describe('secondary suppression', () => {
  it('suppresses the next smallest cell when a row with a total has one suppressed cell', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c'], cells: [[3, 10, 20]], rowTotals: [33] }, council);
    expect(sut.cells).toEqual([['c', 'c', 20]]);
    expect(sut.rowTotals).toEqual([33]);
  });

  it('leaves a row alone when two cells are already suppressed', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c'], cells: [[3, 4, 20]], rowTotals: [27] }, council);
    expect(sut.cells).toEqual([['c', 'c', 20]]);
  });

  it('needs no secondary suppression where there is no total to subtract from', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c'], cells: [[3, 10, 20]] }, council);
    expect(sut.cells).toEqual([['c', 10, 20]]);
  });

  it('follows a chain across rows and columns over several passes until no line has a single c', () => {
    const sut = protectTable(withTotals([[20, 30, 40], [3, 50, 60], [25, 8, 70]]), council);
    expect(sut.cells).toEqual([['c', 'c', 40], ['c', 'c', 60], ['c', 'c', 70]]);
    expect(sut.rowTotals).toEqual([90, 113, 103]);
    expect(sut.columnTotals).toEqual([48, 88, 170]);
    expect(sut.grandTotal).toBe(306);
  });

  it('can end up suppressing every cell of a small table while its totals stay shown', () => {
    const sut = protectTable(withTotals([[2, 9], [7, 30]]), council);
    expect(sut.cells).toEqual([['c', 'c'], ['c', 'c']]);
    expect(recoverableCells(sut)).toEqual([]);
  });

  it('never suppresses a zero: when only zeros are left in a line, it suppresses the total instead', () => {
    const sut = protectTable({ rows: ['r0', 'r1'], columns: ['a', 'b'], cells: [[2, 9], [0, 0]], rowTotals: [11, 0], columnTotals: [2, 9] }, council);
    expect(sut.cells).toEqual([['c', 'c'], [0, 0]]);
    expect(sut.columnTotals).toEqual(['c', 'c']);
    expect(sut.rowTotals).toEqual([11, 0]);
    expect(recoverableCells(sut)).toEqual([]);
  });

  it('closes a chain the line-by-line rule misses: two blocks joined by one cell that several lines together would give away', () => {
    const table = withTotals([[2, 3, 50, 60], [4, 5, 1, 70], [40, 45, 2, 3], [55, 65, 4, 5]]);
    const dfeOnly = protectTable(table, council, { closeChains: false });
    expect(dfeOnly.cells[1][2]).toBe('c');
    expect(recoverableCells(dfeOnly)).toEqual([{ row: 'r1', column: 'c' }]);
    const sut = protectTable(table, council);
    expect(recoverableCells(sut)).toEqual([]);
    expect(sut.cells.flat().filter((v) => v === 'c').length).toBe(10);
  });

  it('keeps suppressions that are forced, e.g. by a linked table', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c'], cells: [[30, 10, 20]], rowTotals: [60] }, council, { forced: [{ row: 'r', column: 'c' }] });
    expect(sut.cells).toEqual([[30, 'c', 'c']]);
  });

  it('refuses a table whose totals do not add up, since it could not protect it', () => {
    expect(() => protectTable({ rows: ['r'], columns: ['a'], cells: [[3]], rowTotals: [4] }, council)).toThrow('does not equal');
  });
});
