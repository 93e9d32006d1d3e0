/**
 * Which children someone might foster. The first five are the shortage categories
 * named by the 2023 reform: enquiries open to them are followed up first.
 */
export const FOSTERING_INTERESTS = [
  'sibling-groups',
  'teenagers',
  'uasc',
  'parent-and-child',
  'complex-trauma',
  'short-breaks',
  'emergency',
] as const;
export type FosteringInterest = (typeof FOSTERING_INTERESTS)[number];

export const SHORTAGE_CATEGORIES = [
  'sibling-groups',
  'teenagers',
  'uasc',
  'parent-and-child',
  'complex-trauma',
] as const satisfies readonly FosteringInterest[];
export type ShortageCategory = (typeof SHORTAGE_CATEGORIES)[number];

export const FOSTERING_INTEREST_LABELS: Record<FosteringInterest, string> = {
  'sibling-groups': 'Brothers and sisters (sibling groups)',
  teenagers: 'Teenagers',
  uasc: 'Unaccompanied asylum-seeking children',
  'parent-and-child': 'A parent and their baby (parent and child)',
  'complex-trauma': 'Children who have experienced complex trauma',
  'short-breaks': 'Short breaks for a family',
  emergency: 'Emergency placements',
};

export function isShortageCategory(interest: FosteringInterest): interest is ShortageCategory {
  return (SHORTAGE_CATEGORIES as readonly string[]).includes(interest);
}

/** Follow-up priority: shortage-category enquiries first (BullMQ: lower number runs first). */
export function followUpPriority(interests: readonly FosteringInterest[]): 'shortage' | 'standard' {
  return interests.some(isShortageCategory) ? 'shortage' : 'standard';
}
