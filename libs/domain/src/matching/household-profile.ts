import type { CalendarDate } from '../calendar/calendar-date';
import type { CouncilCode, FosteringServiceId } from '../shared/brand';
import type { ShortageCategory } from '../recruitment/fostering-interest';
import type { AccessibilityFeature, NeedsSupport } from './child-needs';
import type { GeoPoint } from './distance';
import type { ChildId, HouseholdId, SiblingGroupId } from './matching-ids';
import type { TermsOfApproval } from './terms-of-approval';

/** A council's own fostering team, or an independent fostering agency. */
export const FOSTERING_SERVICE_KINDS = ['in-house', 'independent-agency'] as const;
export type FosteringServiceKind = (typeof FOSTERING_SERVICE_KINDS)[number];

/**
 * Where a household's approval stands. A connected person may be approved temporarily for a
 * named child (Care Planning Regulations 2010, reg 24: 16 weeks, extendable once by 8 under
 * reg 25); `until` is the last day it has effect, already including any extension.
 */
export type HouseholdApproval =
  | { readonly status: 'approved' }
  | { readonly status: 'temporarily-approved'; readonly until: CalendarDate; readonly forChildIds: readonly ChildId[] }
  | { readonly status: 'on-hold' }
  | { readonly status: 'deregistered' };

/** A foster child already living in the household. */
export interface PlacedChild {
  readonly age: number;
  readonly siblingGroupId: SiblingGroupId | null;
}

/** A council's written exemption from the usual fostering limit, naming the children it allows (Children Act 1989 Sch 7 para 4). */
export interface FosteringLimitExemption {
  readonly childIds: readonly ChildId[];
}

/** Pets that live in the home, for children who cannot live with them. */
export const PET_KINDS = ['dog', 'cat', 'other'] as const;
export type PetKind = (typeof PET_KINDS)[number];

/** What matching needs to know about a fostering household, whatever stores it. */
export interface HouseholdProfile extends NeedsSupport {
  readonly id: HouseholdId;
  readonly fosteringServiceId: FosteringServiceId;
  readonly serviceKind: FosteringServiceKind;
  /** The council (GSS code) the home is in. */
  readonly councilCode: CouncilCode;
  readonly location: GeoPoint;
  readonly approval: HouseholdApproval;
  readonly terms: TermsOfApproval;
  /** Shortage categories the carers are approved for or experienced in. */
  readonly shortageCategories: readonly ShortageCategory[];
  readonly placedChildren: readonly PlacedChild[];
  readonly limitExemptions: readonly FosteringLimitExemption[];
  /** Codes (ISO 639-1 for languages), compared exactly: the storage layer normalises them. */
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackgrounds: readonly string[];
  readonly accessibility: readonly AccessibilityFeature[];
  readonly pets: readonly PetKind[];
  /** Ages of the carers' own children living at home; they never count towards fostering limits. */
  readonly ownChildrenAges: readonly number[];
  readonly yearsFostering: number;
  /** What a week of this placement costs the placing council, in pounds. */
  readonly weeklyCostPounds: number;
}
