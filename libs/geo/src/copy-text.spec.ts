import { toCopyLine } from './copy-text';

describe('toCopyLine', () => {
  it('writes tab-separated values with \\N for null and t/f for booleans', () => {
    expect(toCopyLine([1, 'SW1A 1AA', 51.5, null, true, false])).toBe('1\tSW1A 1AA\t51.5\t\\N\tt\tf\n');
  });

  it('escapes what would split or shift a row', () => {
    expect(toCopyLine(['a\tb', 'c\nd', 'e\\f', 'g\rh'])).toBe('a\\tb\tc\\nd\te\\\\f\tg\\rh\n');
  });
});
