import type { SeedHouseholdProfile } from './household-profile';

/** The rows a synthetic England is made of, built in memory and then copied in bulk. */

export interface AgencyRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly sector: 'private' | 'voluntary';
  readonly ofstedUrn: string;
  readonly regionCode: string;
  readonly councils: readonly string[];
  /** How much of its region's agency work it takes (a few large agencies, many small). */
  readonly size: number;
}

export interface PlacedChildRow {
  readonly childRef: string;
  readonly age: number;
  readonly siblingGroupId: string | null;
}

export interface HouseholdRow extends SeedHouseholdProfile {
  readonly id: string;
  readonly serviceId: string;
  readonly agency: AgencyRow | null;
  readonly externalRef: string;
  readonly councilCode: string;
  readonly postcode: string | null;
  readonly latitude: number;
  readonly longitude: number;
  approvalStatus: 'approved' | 'temporarily-approved' | 'on-hold' | 'deregistered';
  temporaryFrom: string | null;
  temporaryUntil: string | null;
  temporaryForChildIds: string[];
  readonly weeklyCostPounds: number;
  readonly currentPlacements: PlacedChildRow[];
  readonly limitExemptions: { childIds: string[] }[];
}

export interface PlacementRow {
  readonly id: string;
  readonly householdId: string;
  readonly child: PlacedChildRow;
  readonly placingCouncilCode: string;
  readonly placementType: string;
  readonly providerType: string;
  readonly distanceMiles: number;
  readonly withinPlacingCouncil: boolean;
  readonly atADistance: boolean;
  readonly startedAt: Date;
}

export interface ReferralChildRow {
  readonly id: string;
  readonly position: number;
  readonly ageYears: number;
  readonly needs: readonly string[];
  readonly shortageCategories: readonly string[];
  readonly mustBeOnlyChild: boolean;
  readonly onlyWithOlderChildren: boolean;
  readonly noPets: boolean;
  readonly requiredAccessibility: readonly string[];
}

export interface ReferralRow {
  readonly id: string;
  readonly placingCouncilCode: string;
  readonly siblingGroupId: string | null;
  readonly familyHome: { readonly latitude: number; readonly longitude: number; readonly postcode: string | null };
  readonly school: { readonly latitude: number; readonly longitude: number; readonly postcode: string | null } | null;
  readonly fosteringType: string;
  readonly neededBy: string;
  readonly emergency: boolean;
  readonly splitAllowed: boolean;
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackground: string | null;
  readonly exclusionZones: readonly { latitude: number; longitude: number; radiusMiles: number }[];
  readonly connectedHouseholdIds: string[];
  readonly children: readonly ReferralChildRow[];
  readonly createdAt: Date;
}

/** Everything one seed run writes. */
export interface SyntheticEngland {
  readonly agencies: readonly AgencyRow[];
  readonly households: readonly HouseholdRow[];
  readonly placements: readonly PlacementRow[];
  readonly referrals: readonly ReferralRow[];
}

/** A calendar date `days` from `today` (YYYY-MM-DD), for approvals and deadlines. */
export function dateFrom(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
