import { childCount, firstChildren } from './child-set';
import { excluded, type Exclusion } from './exclusion-reasons';
import type { HouseholdProfile } from './household-profile';
import type { PreparedReferral } from './prepare-referral';

/** Children Act 1989 Sch 7 para 2: no more than 3 foster children at once (the carer's own do not count). */
export const USUAL_FOSTERING_LIMIT = 3;

/**
 * The children a household could take within its approved number and the usual fostering
 * limit: all of `fitting`, or (split allowed) the first ones that fit, or an exclusion.
 * An emergency may exceed the approved number (reg 23, flagged by the caller) but never the usual limit.
 */
export function applyFosteringLimits(prepared: PreparedReferral, household: HouseholdProfile, fitting: number): number | Exclusion {
  const split = prepared.referral.splitAllowed;
  const placed = household.placedChildren.length;
  const room = household.terms.maxChildren - placed;
  let taking = fitting;
  if (childCount(taking) > room && !prepared.referral.emergency) {
    if (!split || room <= 0) return excluded(room > 0 ? 'not-enough-room-for-sibling-group' : 'over-approved-number-of-children');
    taking = firstChildren(taking, room);
  }
  if (!withinUsualLimit(prepared, household, taking)) {
    const allowance = USUAL_FOSTERING_LIMIT - placed;
    if (!split || allowance <= 0) return excluded('usual-fostering-limit');
    taking = firstChildren(taking, allowance);
  }
  return taking;
}

/** Sch 7: the limit does not apply if all the foster children are siblings (para 3) or an exemption names them (para 4). */
function withinUsualLimit(prepared: PreparedReferral, household: HouseholdProfile, taking: number): boolean {
  if (household.placedChildren.length + childCount(taking) <= USUAL_FOSTERING_LIMIT) return true;
  return allSiblings(prepared, household) || isExempted(prepared, household, taking);
}

/** A referral's children are siblings of each other; those already placed must be of the same group. */
function allSiblings(prepared: PreparedReferral, household: HouseholdProfile): boolean {
  const group = prepared.referral.siblingGroupId;
  const placed = household.placedChildren;
  for (let i = 0; i < placed.length; i++) {
    if (group === null || placed[i].siblingGroupId !== group) return false;
  }
  return true;
}

function isExempted(prepared: PreparedReferral, household: HouseholdProfile, taking: number): boolean {
  return household.limitExemptions.some((exemption) =>
    prepared.childIds.every((id, i) => (taking & (1 << i)) === 0 || exemption.childIds.includes(id)),
  );
}
