/**
 * A foster carer's terms of approval (Fostering Services (England) Regulations 2011, reg 27(5)):
 * how many children, of what ages, for which types of fostering. A carer may take a child only
 * within them, except in an emergency (Care Planning, Placement and Case Review (England)
 * Regulations 2010, reg 23).
 */
export const FOSTERING_TYPES = [
  'emergency',
  'short-term',
  'long-term',
  'short-breaks',
  'parent-and-child',
  'remand',
] as const;
export type FosteringType = (typeof FOSTERING_TYPES)[number];

/** The terms an emergency placement may go beyond, for a limited time. */
export const OUTSIDE_TERMS = ['age-range', 'number-of-children', 'type-of-fostering'] as const;
export type OutsideTerm = (typeof OUTSIDE_TERMS)[number];

/** Reg 23: an emergency placement outside the terms may last no more than 6 working days. */
export const EMERGENCY_OUTSIDE_TERMS_WORKING_DAYS = 6;

/** Ages are whole years on the day of the search; both bounds are included. */
export interface TermsOfApproval {
  readonly minAge: number;
  readonly maxAge: number;
  /** Foster children the household is approved for at once (the carer's own children do not count). */
  readonly maxChildren: number;
  readonly fosteringTypes: readonly FosteringType[];
}
