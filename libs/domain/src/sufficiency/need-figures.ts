import { SLICES, sliceIndexes, type SliceKey } from './sufficiency-slices';
import type { ChildInNeed } from './sufficiency-inputs';

/** Need of one slice in one area: children waiting on an open referral plus children placed. */
export interface NeedFigures {
  readonly openReferrals: number;
  readonly placedChildren: number;
  /** openReferrals + placedChildren. */
  readonly need: number;
}

/** One slice's need. */
export interface NeedSlice {
  readonly slice: SliceKey;
  readonly figures: NeedFigures;
}

/** Running need counts for one placing council. */
export interface NeedTally {
  readonly counts: Float64Array;
}

/** An empty tally. */
export function emptyNeedTally(): NeedTally {
  return { counts: new Float64Array(SLICES.length * 2) };
}

/** Adds one child to every slice it belongs to, as waiting or placed. */
export function tallyChild(tally: NeedTally, child: ChildInNeed): void {
  const placed = child.placement === null ? 0 : 1;
  for (const slice of sliceIndexes(child.shortageCategories, [child.fosteringType])) tally.counts[slice * 2 + placed] += 1;
}

/** Need of an area from the tallies of its (placing) councils. */
export function needOf(tallies: readonly NeedTally[]): NeedSlice[] {
  return SLICES.map((slice, i) => {
    let open = 0;
    let placed = 0;
    for (const t of tallies) {
      open += t.counts[i * 2];
      placed += t.counts[i * 2 + 1];
    }
    return { slice, figures: { openReferrals: open, placedChildren: placed, need: open + placed } };
  });
}
