/** Mean and median of a set of weekly costs, unrounded; null for both when there are none. */
export interface CostSummary {
  readonly mean: number | null;
  readonly median: number | null;
  /** How many costs the summary is based on: what disclosure control judges it by. */
  readonly count: number;
}

/** Mean and median of the values in several lists taken together (the lists are not changed). */
export function summariseCosts(lists: readonly (readonly number[])[]): CostSummary {
  let count = 0;
  for (const list of lists) count += list.length;
  if (count === 0) return { mean: null, median: null, count: 0 };
  const values = new Float64Array(count);
  let at = 0;
  let sum = 0;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      values[at++] = list[i];
      sum += list[i];
    }
  }
  return { mean: sum / count, median: median(values), count };
}

/**
 * The middle value, or the mean of the two middle values when the count is even. Selects in
 * linear time rather than sorting (England has ~45,000 households per figure); reorders `values`.
 */
export function median(values: Float64Array): number {
  const n = values.length;
  const k = (n - 1) >> 1;
  const lower = selectKth(values, k);
  if (n % 2 === 1) return lower;
  let upper = Infinity;
  for (let i = k + 1; i < n; i++) if (values[i] < upper) upper = values[i];
  return (lower + upper) / 2;
}

/** Hoare's quickselect: afterwards values[k] is the k-th smallest, everything before it ≤ it and after it ≥ it. */
function selectKth(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = medianOfThree(values[lo], values[(lo + hi) >> 1], values[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) { const t = values[i]; values[i] = values[j]; values[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
