/**
 * A disabled child's needs, and how a home meets them. s22C(8)(c) asks that a placement
 * suit a disabled child's needs so far as reasonably practicable: that is scored, and an
 * officer can also make a home feature a hard constraint for a child who cannot do without it.
 */
export const CHILD_NEEDS = [
  'wheelchair-user',
  'limited-mobility',
  'sensory-impairment',
  'learning-disability',
  'autism',
  'complex-health',
] as const;
export type ChildNeed = (typeof CHILD_NEEDS)[number];

/** What a home offers a disabled child. */
export const ACCESSIBILITY_FEATURES = [
  'wheelchair-accessible',
  'step-free',
  'ground-floor-bedroom',
  'adapted-bathroom',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Needs met by the building; every other need is met by carers experienced in it. */
const NEED_MET_BY_HOME: Partial<Record<ChildNeed, AccessibilityFeature>> = {
  'wheelchair-user': 'wheelchair-accessible',
  'limited-mobility': 'step-free',
};

/** What a household offers for disabled children. */
export interface NeedsSupport {
  readonly accessibility: readonly AccessibilityFeature[];
  readonly experiencedWithNeeds: readonly ChildNeed[];
}

/** Whether a household meets one need: by its home for physical needs, by its carers' experience otherwise. */
export function meetsNeed(household: NeedsSupport, need: ChildNeed): boolean {
  const feature = NEED_MET_BY_HOME[need];
  return feature ? household.accessibility.includes(feature) : household.experiencedWithNeeds.includes(need);
}
