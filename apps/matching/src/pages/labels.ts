import {
  ACCESSIBILITY_FEATURES, CHILD_NEEDS, FOSTERING_INTEREST_LABELS, FOSTERING_TYPES, SHORTAGE_CATEGORIES, type AccessibilityFeature,
  type ChildNeed, type FosteringType,
} from '@app/domain';

/** The words officers read for the codes the API uses. */
export const FOSTERING_TYPE_LABELS: Record<FosteringType, string> = {
  emergency: 'Emergency', 'short-term': 'Short term', 'long-term': 'Long term', 'short-breaks': 'Short breaks',
  'parent-and-child': 'Parent and child', remand: 'Remand',
};

export const CHILD_NEED_LABELS: Record<ChildNeed, string> = {
  'wheelchair-user': 'Uses a wheelchair', 'limited-mobility': 'Limited mobility', 'sensory-impairment': 'Sensory impairment',
  'learning-disability': 'Learning disability', autism: 'Autism', 'complex-health': 'Complex health needs',
};

export const ACCESSIBILITY_LABELS: Record<AccessibilityFeature, string> = {
  'wheelchair-accessible': 'Wheelchair accessible home', 'step-free': 'Step-free access', 'ground-floor-bedroom': 'Ground floor bedroom',
  'adapted-bathroom': 'Adapted bathroom',
};

export const CONSTRAINT_LABELS = {
  mustBeOnlyChild: 'Must be the only child in the home',
  onlyWithOlderChildren: 'Only with older children (no younger children in the home)',
  noPets: 'Cannot live with pets',
} as const;
export type ChildConstraint = keyof typeof CONSTRAINT_LABELS;

export const APPROVAL_LABELS = {
  none: 'None: inside the council',
  'senior-officer': 'A senior officer (outside the council)',
  'director-of-childrens-services': "The Director of Children's Services (at a distance)",
} as const;

export const COUNCIL_RELATION_LABELS = { inside: 'Inside the council', adjoining: 'In an adjoining council', 'at-a-distance': 'At a distance' } as const;

export const SERVICE_KIND_LABELS: Record<string, string> = { 'in-house': 'Council (in-house)', 'independent-agency': 'Independent agency' };

/** GOV.UK radio and checkbox items for a list of codes. */
export function items<T extends string>(codes: readonly T[], labels: Record<T, string>): { value: T; text: string }[] {
  return codes.map((value) => ({ value, text: labels[value] }));
}

export const CHOICES = {
  fosteringTypes: items(FOSTERING_TYPES, FOSTERING_TYPE_LABELS),
  needs: items(CHILD_NEEDS, CHILD_NEED_LABELS),
  shortageCategories: items(SHORTAGE_CATEGORIES, FOSTERING_INTEREST_LABELS),
  accessibility: items(ACCESSIBILITY_FEATURES, ACCESSIBILITY_LABELS),
  constraints: items(Object.keys(CONSTRAINT_LABELS) as ChildConstraint[], CONSTRAINT_LABELS),
};

/** "Child 2 (age 7)". */
export function childLabel(position: number, ageYears: number): string {
  return `Child ${position + 1} (age ${ageYears})`;
}

/** "7, 9 and 12" */
export function ageList(ages: readonly number[]): string {
  return ages.length <= 1 ? ages.join('') : `${ages.slice(0, -1).join(', ')} and ${ages.at(-1)}`;
}

/** Homes have no names here: officers tell them apart by the start of their id, as their services' records do. */
export function homeLabel(householdId: string): string {
  return `Home ${householdId.slice(0, 8).toUpperCase()}`;
}
