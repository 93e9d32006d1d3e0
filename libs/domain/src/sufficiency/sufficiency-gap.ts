import type { NeedSlice } from './need-figures';
import type { SliceKey } from './sufficiency-slices';
import type { SupplySlice } from './supply-figures';

/**
 * The gap for one slice: children who need a home of this kind, less the homes of this kind that
 * are in use or open to a new child. Positive means too few homes.
 *
 *   gap = need − (filled places + available vacancies)
 *       = (open referrals + children placed) − (filled places + available vacancies)
 *
 * Need is counted against the placing council and homes where the home is, because the duty
 * is to secure accommodation within the council's area (Children Act 1989 s22G). Places that are
 * filled count as homes whoever fills them, so a council whose homes are full of other councils'
 * children has a gap. Unavailable vacancies (on hold, or a connected person's place kept for a
 * named child) are not homes for a new child. Children placed beyond approved places (reg 23
 * emergencies) have no approved place, so they count in the gap.
 */
export interface GapFigures {
  readonly slice: SliceKey;
  readonly need: number;
  /** Filled places + available vacancies. */
  readonly homes: number;
  readonly gap: number;
}

/** The gap for every slice of an area, from its supply and need (same slice order). */
export function gapOf(supply: readonly SupplySlice[], need: readonly NeedSlice[]): GapFigures[] {
  return supply.map((s, i) => {
    const all = s.bySplit.all;
    const homes = all.filledPlaces + all.availableVacancies;
    return { slice: s.slice, need: need[i].figures.need, homes, gap: need[i].figures.need - homes };
  });
}
