import fc from 'fast-check';
import { median, summariseCosts } from './weekly-cost';

describe('weekly cost summaries', () => {
  it('gives the same median as sorting, for any costs (odd or even count, repeats included)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 60 }).map((p) => 300 + p * 25), { minLength: 1, maxLength: 60 }), (costs) => {
      const sorted = [...costs].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const expected = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      expect(median(Float64Array.from(costs))).toBe(expected);
    }), { numRuns: 500 });
  });

  it('takes several lists together, leaves them unchanged, and has nothing to say about none', () => {
    const a = [900, 300];
    expect(summariseCosts([a, [600]])).toEqual({ mean: 600, median: 600, count: 3 });
    expect(a).toEqual([900, 300]);
    expect(summariseCosts([[], []])).toEqual({ mean: null, median: null, count: 0 });
  });
});
