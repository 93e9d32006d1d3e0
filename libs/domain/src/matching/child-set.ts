import type { ChildId } from './matching-ids';

/** Sets of referred children as bit masks (bit i is the referral's child i), so the hot path allocates nothing. */
export function childCount(set: number): number {
  let count = 0;
  for (let rest = set; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The first `n` children of a set, in the order the referral lists them. */
export function firstChildren(set: number, n: number): number {
  let kept = 0;
  for (let rest = set, left = n; rest !== 0 && left > 0; rest &= rest - 1, left--) kept |= rest & -rest;
  return kept;
}

/** The ids of the children in a set. */
export function childIdsIn(set: number, ids: readonly ChildId[]): ChildId[] {
  return ids.filter((_, i) => (set & (1 << i)) !== 0);
}
