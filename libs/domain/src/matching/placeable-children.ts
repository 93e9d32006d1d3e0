import type { Admission } from './admission';
import { childVerdict } from './child-rules';
import { childCount, childIdsIn } from './child-set';
import { excluded, type Exclusion, type ExclusionReason } from './exclusion-reasons';
import { applyFosteringLimits } from './fostering-limits';
import type { HouseholdProfile } from './household-profile';
import type { PreparedReferral } from './prepare-referral';
import { OUTSIDE_TERMS, type OutsideTerm } from './terms-of-approval';

/** Every combination of terms exceeded, shared so admitting a household allocates one small object. */
const OUTSIDE_TERMS_BY_BITS: readonly (readonly OutsideTerm[])[] = Array.from({ length: 1 << OUTSIDE_TERMS.length }, (_, bits) =>
  Object.freeze(OUTSIDE_TERMS.filter((_, i) => (bits & (1 << i)) !== 0)),
);
const bit = (term: OutsideTerm) => 1 << OUTSIDE_TERMS.indexOf(term);
const AGE_RANGE = bit('age-range');
const NUMBER_OF_CHILDREN = bit('number-of-children');
const TYPE_OF_FOSTERING = bit('type-of-fostering');

/** Which referred children a household could take, or why it can take none (or not the whole group). */
export function placeableChildren(prepared: PreparedReferral, household: HouseholdProfile, outsideType: boolean): Exclusion | Admission {
  const children = prepared.referral.children;
  let fitting = 0;
  let outsideAge = 0;
  let firstFailure: ExclusionReason | null = null;
  for (let i = 0; i < children.length; i++) {
    const verdict = childVerdict(prepared, household, children[i]);
    if (verdict === 'fits' || verdict === 'fits-outside-age-range') {
      fitting |= 1 << i;
      if (verdict === 'fits-outside-age-range') outsideAge |= 1 << i;
    } else if (firstFailure === null) firstFailure = verdict;
  }
  if (firstFailure !== null && (fitting === 0 || !prepared.referral.splitAllowed)) return excluded(firstFailure);
  const taking = applyFosteringLimits(prepared, household, fitting);
  if (typeof taking !== 'number') return taking;
  const overNumber = childCount(taking) > household.terms.maxChildren - household.placedChildren.length;
  const outside = ((taking & outsideAge) !== 0 ? AGE_RANGE : 0) | (overNumber ? NUMBER_OF_CHILDREN : 0) | (outsideType ? TYPE_OF_FOSTERING : 0);
  if (taking === prepared.allChildren && outside === 0) return prepared.wholeGroupWithinTerms;
  return {
    eligible: true,
    takesChildIds: taking === prepared.allChildren ? prepared.childIds : childIdsIn(taking, prepared.childIds),
    outsideTerms: OUTSIDE_TERMS_BY_BITS[outside],
  };
}
