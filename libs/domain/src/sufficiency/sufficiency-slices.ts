import { SHORTAGE_CATEGORIES, type ShortageCategory } from '../recruitment/fostering-interest';
import { FOSTERING_TYPES, type FosteringType } from '../matching/terms-of-approval';

/**
 * The rows every sufficiency figure is broken down by: everyone, each shortage category, each
 * type of fostering. Prefixed because "parent-and-child" is both a category and a type. A household
 * or child counts in every slice it belongs to, so slices overlap and never add up to "all".
 */
export type SliceKey = 'all' | `category:${ShortageCategory}` | `type:${FosteringType}`;

/** Every slice, in display order. */
export const SLICES: readonly SliceKey[] = [
  'all',
  ...SHORTAGE_CATEGORIES.map((c) => `category:${c}` as const),
  ...FOSTERING_TYPES.map((t) => `type:${t}` as const),
];

/** The shortage-category slices only: the ones the gap and the recruitment priorities are about. */
export const CATEGORY_SLICES: readonly SliceKey[] = SLICES.filter((s) => s.startsWith('category:'));

const CATEGORY_INDEX = new Map<ShortageCategory, number>(SHORTAGE_CATEGORIES.map((c, i) => [c, 1 + i]));
const TYPE_INDEX = new Map<FosteringType, number>(FOSTERING_TYPES.map((t, i) => [t, 1 + SHORTAGE_CATEGORIES.length + i]));

/** Positions in SLICES of everything a household or child belongs to ('all' first), without duplicates. */
export function sliceIndexes(categories: readonly ShortageCategory[], types: readonly FosteringType[]): number[] {
  const out = [0];
  for (const c of categories) pushOnce(out, CATEGORY_INDEX.get(c));
  for (const t of types) pushOnce(out, TYPE_INDEX.get(t));
  return out;
}

/** The shortage category a slice is about, or null for 'all' and fostering types. */
export function sliceCategory(slice: SliceKey): ShortageCategory | null {
  return slice.startsWith('category:') ? (slice.slice('category:'.length) as ShortageCategory) : null;
}

function pushOnce(out: number[], index: number | undefined): void {
  if (index !== undefined && !out.includes(index)) out.push(index);
}
