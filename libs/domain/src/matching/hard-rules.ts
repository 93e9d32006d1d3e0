import { isInsideBox } from './bounding-box';
import { milesFrom, roundMiles, toRadians } from './distance';
import { excluded, type Exclusion } from './exclusion-reasons';
import type { HouseholdProfile } from './household-profile';
import type { Admission } from './admission';
import { placeableChildren } from './placeable-children';
import type { PreparedReferral } from './prepare-referral';

/**
 * Applies every rule that excludes a household, in a fixed order so the reason is stable:
 * exclusion zones first (nothing overrides them), then approval, then the terms and limits.
 */
export function checkHardRules(prepared: PreparedReferral, household: HouseholdProfile): Exclusion | Admission {
  if (isInsideExclusionZone(prepared, household)) return excluded('inside-exclusion-zone');
  const approval = household.approval;
  if (approval.status === 'deregistered') return excluded('deregistered');
  if (approval.status === 'on-hold') return excluded('approval-on-hold');
  if (approval.status === 'temporarily-approved' && approval.until < prepared.today) return excluded('temporary-approval-expired');
  const typeInTerms = household.terms.fosteringTypes.includes(prepared.referral.fosteringType);
  if (!typeInTerms && !prepared.referral.emergency) return excluded('type-of-fostering-outside-terms');
  return placeableChildren(prepared, household, !typeInTerms);
}

/**
 * Inside if the straight-line distance to a zone's centre is within its radius, exact or as
 * published to one decimal place: whichever excludes more, since this guards a child's safety.
 */
export function isInsideExclusionZone(prepared: PreparedReferral, household: HouseholdProfile): boolean {
  const zones = prepared.zones;
  const location = household.location;
  for (let i = 0; i < zones.length; i++) {
    // Most homes are far from every zone: the box rules them out without trigonometry.
    if (!isInsideBox(location, zones[i].box)) continue;
    const latRad = toRadians(location.latitude);
    const miles = milesFrom(zones[i], latRad, toRadians(location.longitude), Math.cos(latRad));
    if (miles <= zones[i].radiusMiles || roundMiles(miles) <= zones[i].radiusMiles) return true;
  }
  return false;
}
