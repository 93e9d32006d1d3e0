import type { CouncilCode } from '../shared/brand';
import type { ShortageCategory } from '../recruitment/fostering-interest';
import type { OpenStage } from '../recruitment/funnel';
import type { CouncilRelation } from '../matching/council-relation';
import type { FosteringServiceKind } from '../matching/household-profile';
import type { ChildId, HouseholdId, SiblingGroupId } from '../matching/matching-ids';
import type { FosteringType } from '../matching/terms-of-approval';

/**
 * Ofsted counts "mainstream" and "family and friends" (connected-person) households apart:
 * a connected person is approved for a named child, so a spare place there is not open to others.
 */
export const APPROVAL_KINDS = ['mainstream', 'connected-person'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** One approved fostering household, as sufficiency sees it (deregistered households are left out by the caller). */
export interface SupplyHousehold {
  readonly id: HouseholdId;
  /** The council (GSS code) the home is in: supply is counted where the home is. */
  readonly councilCode: CouncilCode;
  readonly serviceKind: FosteringServiceKind;
  readonly approvalKind: ApprovalKind;
  /** Approved but taking no new child for now (e.g. illness, an allegation being looked into). */
  readonly onHold: boolean;
  readonly shortageCategories: readonly ShortageCategory[];
  readonly fosteringTypes: readonly FosteringType[];
  /** Approved places: the number of children in the terms of approval (reg 27(5)). */
  readonly places: number;
  /** Foster children living there now (may exceed places in an emergency under reg 23). */
  readonly filledPlaces: number;
  /** What a week of a placement costs the placing council, in pounds; null when not known. */
  readonly weeklyCostPounds: number | null;
}

/** A looked-after child's brothers and sisters in care, and whether the child lives with all of them. */
export interface SiblingsInCare {
  readonly groupId: SiblingGroupId;
  readonly livingWithAll: boolean;
}

/** Where and with whom a child in foster care lives now, in the terms the DfE counts placements. */
export interface CurrentPlacement {
  /**
   * Straight-line miles between the home and placement postcodes, to one decimal place (SSDA903);
   * null when not known or not recorded (usually a UASC without a home address, or a confidential address).
   */
  readonly distanceMiles: number | null;
  /** Inside the placing council, in an adjoining council, or "at a distance" (neither). */
  readonly councilRelation: CouncilRelation;
  /** With a relative or friend approved as a connected person (SSDA903 U1–U3). */
  readonly connectedPerson: boolean;
  /** Null when the child has no brother or sister looked after. */
  readonly siblings: SiblingsInCare | null;
}

/** A child the placing council must find a foster home for (open referral) or has placed. */
export interface ChildInNeed {
  readonly id: ChildId;
  /** The responsible council: need is counted against it, wherever the child lives (as the DfE does). */
  readonly placingCouncilCode: CouncilCode;
  readonly shortageCategories: readonly ShortageCategory[];
  readonly fosteringType: FosteringType;
  /** Null while the child waits on an open referral. */
  readonly placement: CurrentPlacement | null;
}

/** A household in the recruitment funnel, not yet approved. */
export interface PipelineHousehold {
  /** The council the home is in, where its places will count once approved. */
  readonly councilCode: CouncilCode;
  readonly stage: OpenStage;
  /** Shortage categories the applicants said they are open to. */
  readonly openTo: readonly ShortageCategory[];
  /** Places the household is expected to be approved for (e.g. spare bedrooms), at least 1. */
  readonly expectedPlaces: number;
}

/** What history says of households at one stage: the share later approved, and how long that took. */
export interface StageOutlook {
  /** 0..1: of households that were at this stage, the share that went on to be approved. */
  readonly conversionToApproval: number;
  /** Typical (median) calendar days from this stage to approval, for those approved. */
  readonly daysToApproval: number;
}

/** Historical outlook for every open stage of the funnel. */
export type StageOutlooks = Readonly<Record<OpenStage, StageOutlook>>;
