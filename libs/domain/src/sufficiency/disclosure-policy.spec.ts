import { disclosurePolicy, isSmallCount, percentOf, roundHalfUp, roundToBase } from './disclosure-policy';
import { protectTable } from './protect-table';

const council = disclosurePolicy('council');
const regional = disclosurePolicy('regional');

describe('primary suppression', () => {
  it.each([[0, false], [1, true], [3, true], [5, true], [6, false], [120, false]])('treats a count of %p as small: %p', (count, small) => {
    expect(isSmallCount(count, council)).toBe(small);
  });

  it('shows 0 and 6, and suppresses 1 to 5, in a table with no totals (nothing else to protect)', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c', 'd', 'e'], cells: [[0, 1, 5, 6, 0]] }, council);
    expect(sut.cells).toEqual([[0, 'c', 'c', 6, 0]]);
  });
});

describe('rounding (national and regional counts, to the nearest 10)', () => {
  it.each([[0, 0], [4, 0], [5, 10], [6, 10], [14, 10], [15, 20], [25, 30], [81766, 81770], [-15, -20], [-14, -10]])('rounds %p to %p', (value, rounded) => {
    expect(roundToBase(value, 10)).toBe(rounded);
  });

  it('rounds only at regional and national level', () => {
    expect([disclosurePolicy('council').roundingBase, regional.roundingBase, disclosurePolicy('national').roundingBase]).toEqual([null, 10, 10]);
  });

  it('suppresses 1–5 before rounding, so a regional 3 is c and never a false 0', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b'], cells: [[3, 0]] }, regional);
    expect(sut.cells).toEqual([['c', 0]]);
    expect(sut.rounded).toBe(true);
  });

  it('rounds the counts still shown after suppression, and flags the table as rounded', () => {
    const sut = protectTable({ rows: ['r'], columns: ['a', 'b', 'c'], cells: [[3, 14, 25]], rowTotals: [42] }, regional);
    expect(sut.cells).toEqual([['c', 'c', 30]]);
    expect(sut.rowTotals).toEqual([40]);
    expect([sut.rounded, sut.roundingBase]).toEqual([true, 10]);
  });
});

describe('percentages', () => {
  it.each([
    ['a whole number', 56670, 81770, 69], ['half up', 1, 8, 13], ['below 0.5% but not zero: k', 1, 300, 'k'],
    ['zero', 0, 10, 0], ['no denominator: z', 0, 0, 'z'],
  ])('%s', (_, part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });

  it('works percentages out from unrounded counts, as the DfE does (25 of 47 is 53%, though the rounded 30 of 50 would be 60%)', () => {
    const sut = protectTable({
      rows: ['r'], columns: ['a', 'b', 'c'], cells: [[8, 14, 25]], rowTotals: [47],
      percentages: [{ key: 'c', numerator: [{ row: 'r', column: 'c' }], denominator: [{ row: 'r', column: 'total' }] }],
    }, regional);
    expect(sut.cells).toEqual([[10, 10, 30]]);
    expect(sut.percentages.c).toBe(53);
  });

  it('suppresses a percentage built on a suppressed count, including one suppressed only to protect another', () => {
    const sut = protectTable({
      rows: ['r'], columns: ['near', 'far'], cells: [[97, 3]], rowTotals: [100],
      percentages: [
        { key: 'far', numerator: [{ row: 'r', column: 'far' }], denominator: [{ row: 'r', column: 'total' }] },
        { key: 'near', numerator: [{ row: 'r', column: 'near' }], denominator: [{ row: 'r', column: 'total' }] },
      ],
    }, council);
    expect(sut.cells).toEqual([['c', 'c']]);
    expect(sut.percentages).toEqual({ far: 'c', near: 'c' });
  });

  it('suppresses averages whose basis is suppressed, and marks those with nothing to average as z', () => {
    const sut = protectTable({
      rows: ['r'], columns: ['few', 'many', 'none'], cells: [[4, 30, 0]],
      estimates: [
        { key: 'few', value: 512.4, basis: [{ row: 'r', column: 'few' }], countLike: false },
        { key: 'many', value: 512.5, basis: [{ row: 'r', column: 'many' }], countLike: false },
        { key: 'none', value: null, basis: [{ row: 'r', column: 'none' }], countLike: false },
      ],
    }, council);
    expect(sut.estimates).toEqual({ few: 'c', many: 513, none: 'z' });
  });

  it('rounds half away from zero at any number of places', () => {
    expect([roundHalfUp(2.5), roundHalfUp(-2.5), roundHalfUp(2.25, 1), roundHalfUp(0.125, 2)]).toEqual([3, -3, 2.3, 0.13]);
  });
});
