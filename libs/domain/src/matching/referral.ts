import type { CouncilCode } from '../shared/brand';
import type { ShortageCategory } from '../recruitment/fostering-interest';
import type { AccessibilityFeature, ChildNeed } from './child-needs';
import type { GeoPoint } from './distance';
import type { ChildId, HouseholdId, ReferralId, SiblingGroupId } from './matching-ids';
import type { FosteringType } from './terms-of-approval';

/** An area a child must be kept away from (e.g. risk of exploitation): no home inside it is ever returned. */
export interface ExclusionZone {
  readonly centre: GeoPoint;
  readonly radiusMiles: number;
}

/** What a child's social worker has said must be true of any home for this child. */
export interface ChildConstraints {
  /** No other child in the home, foster or the carers' own (the child's referred siblings aside). */
  readonly mustBeOnlyChild: boolean;
  /** No other child in the home younger than this child (the child's referred siblings aside). */
  readonly onlyWithOlderChildren: boolean;
  /** No pets in the home (e.g. an allergy). */
  readonly noPets: boolean;
  readonly requiredAccessibility: readonly AccessibilityFeature[];
}

/** One child in a referral; age in whole years on the day of the search. */
export interface ReferredChild {
  readonly id: ChildId;
  readonly age: number;
  readonly needs: readonly ChildNeed[];
  readonly shortageCategories: readonly ShortageCategory[];
  readonly constraints: ChildConstraints;
}

/** A placing council's request for a home for one child, or for a sibling group (two or more children). */
export interface Referral {
  readonly id: ReferralId;
  readonly placingCouncilCode: CouncilCode;
  readonly children: readonly ReferredChild[];
  readonly siblingGroupId: SiblingGroupId | null;
  readonly familyHome: GeoPoint;
  readonly school: GeoPoint | null;
  readonly fosteringType: FosteringType;
  /** Unlocks reg 23: a home outside its terms may be used for up to 6 working days. */
  readonly emergency: boolean;
  /** The officer has decided the sibling group may be placed apart if no home can take all of them. */
  readonly splitAllowed: boolean;
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackground: string | null;
  readonly exclusionZones: readonly ExclusionZone[];
  /** Connected persons (relatives, friends) identified for this child: preferred by law (s22C(6)–(7)). */
  readonly connectedPersonHouseholdIds: readonly HouseholdId[];
}
