import type { ExclusionReason } from './exclusion-reasons';
import type { HouseholdProfile } from './household-profile';
import type { PreparedReferral } from './prepare-referral';
import type { ChildConstraints, ReferredChild } from './referral';

/** What the rules about one referred child say of a household. */
export type ChildVerdict = 'fits' | 'fits-outside-age-range' | ExclusionReason;

/** Checks the rules that concern one child: a temporary approval naming them, their constraints, the age range. */
export function childVerdict(prepared: PreparedReferral, household: HouseholdProfile, child: ReferredChild): ChildVerdict {
  const approval = household.approval;
  // Reg 24 approval is for the named child only, never a general approval.
  if (approval.status === 'temporarily-approved' && !approval.forChildIds.includes(child.id)) {
    return 'temporary-approval-for-another-child';
  }
  const broken = brokenConstraint(household, child.constraints, child.age);
  if (broken !== null) return broken;
  if (child.age >= household.terms.minAge && child.age <= household.terms.maxAge) return 'fits';
  return prepared.referral.emergency ? 'fits-outside-age-range' : 'age-outside-terms';
}

/** The first constraint a household breaks; the child's referred siblings are not "other children". */
function brokenConstraint(household: HouseholdProfile, constraints: ChildConstraints, age: number): ExclusionReason | null {
  if (constraints.mustBeOnlyChild && household.placedChildren.length + household.ownChildrenAges.length > 0) {
    return 'must-be-only-child';
  }
  if (constraints.onlyWithOlderChildren && hasChildYoungerThan(household, age)) return 'younger-children-in-home';
  if (constraints.noPets && household.pets.length > 0) return 'pets-in-home';
  const required = constraints.requiredAccessibility;
  for (let i = 0; i < required.length; i++) {
    if (!household.accessibility.includes(required[i])) return 'home-not-accessible';
  }
  return null;
}

function hasChildYoungerThan(household: HouseholdProfile, age: number): boolean {
  const own = household.ownChildrenAges;
  for (let i = 0; i < own.length; i++) if (own[i] < age) return true;
  const placed = household.placedChildren;
  for (let i = 0; i < placed.length; i++) if (placed[i].age < age) return true;
  return false;
}
