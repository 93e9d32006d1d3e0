/** Why a household cannot be offered for a referral: stable codes, shown to officers and counted per search. */
export const EXCLUSION_REASONS = [
  'inside-exclusion-zone',
  'deregistered',
  'approval-on-hold',
  'temporary-approval-expired',
  'temporary-approval-for-another-child',
  'type-of-fostering-outside-terms',
  'age-outside-terms',
  'over-approved-number-of-children',
  'not-enough-room-for-sibling-group',
  'usual-fostering-limit',
  'must-be-only-child',
  'younger-children-in-home',
  'pets-in-home',
  'home-not-accessible',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** Each reason in words an officer can act on. */
export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  'inside-exclusion-zone': "Inside an area this child must be kept away from",
  deregistered: 'No longer an approved foster carer',
  'approval-on-hold': 'Approval is on hold',
  'temporary-approval-expired': 'Temporary approval as a connected person has expired',
  'temporary-approval-for-another-child': 'Temporarily approved only for another child',
  'type-of-fostering-outside-terms': 'Not approved for this type of fostering',
  'age-outside-terms': "The child's age is outside the terms of approval",
  'over-approved-number-of-children': 'Already caring for as many children as approved',
  'not-enough-room-for-sibling-group': 'Not approved for the whole sibling group, and it may not be split',
  'usual-fostering-limit': 'Would care for more than 3 foster children who are not all siblings, with no exemption',
  'must-be-only-child': 'The child must be the only child in the home',
  'younger-children-in-home': 'A younger child lives in the home',
  'pets-in-home': 'Pets live in the home',
  'home-not-accessible': 'The home lacks accessibility the child needs',
};

/** A household that cannot take the child. */
export interface Exclusion {
  readonly eligible: false;
  readonly reason: ExclusionReason;
}

const EXCLUSIONS = Object.fromEntries(
  EXCLUSION_REASONS.map((reason) => [reason, Object.freeze({ eligible: false, reason })]),
) as Readonly<Record<ExclusionReason, Exclusion>>;

/** The exclusion for a reason: one shared object each, so excluding allocates nothing. */
export function excluded(reason: ExclusionReason): Exclusion {
  return EXCLUSIONS[reason];
}
