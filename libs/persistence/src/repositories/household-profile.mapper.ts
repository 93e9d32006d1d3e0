import type {
  AccessibilityFeature, CalendarDate, ChildId, ChildNeed, CouncilCode, FosteringServiceId, FosteringType, HouseholdApproval, HouseholdId,
  HouseholdProfile, PetKind, ShortageCategory, SiblingGroupId, TermsOfApproval,
} from '@app/domain';
import { SharedLists, SharedValues } from './shared-values';

/** One household as the candidate query returns it. */
export interface HouseholdRow {
  id: string;
  serviceId: string;
  serviceKind: string;
  councilCode: string;
  latitude: number;
  longitude: number;
  approvalStatus: string;
  temporaryUntil: string | null;
  temporaryForChildIds: string[];
  minAge: number;
  maxAge: number;
  maxChildren: number;
  fosteringTypes: string[];
  shortageCategories: string[];
  experiencedWithNeeds: string[];
  accessibility: string[];
  languages: string[];
  religion: string | null;
  culturalBackgrounds: string[];
  pets: string[];
  ownChildrenAges: number[];
  yearsFostering: number;
  weeklyCostPounds: string | number;
  currentPlacements: { childRef: string; age: number; siblingGroupId: string | null }[];
  limitExemptions: { childIds: string[] }[];
}

/** The columns of HouseholdRow, aliased; `h` is fostering_household and `s` its fostering_service. */
export const HOUSEHOLD_ROW_COLUMNS = `
  h.id, h.service_id AS "serviceId", CASE WHEN s.kind = 'agency' THEN 'independent-agency' ELSE 'in-house' END AS "serviceKind",
  h.council_code AS "councilCode", h.latitude, h.longitude, h.approval_status AS "approvalStatus",
  to_char(h.temporary_until, 'YYYY-MM-DD') AS "temporaryUntil", h.temporary_for_child_ids AS "temporaryForChildIds",
  h.min_age AS "minAge", h.max_age AS "maxAge", h.max_children AS "maxChildren", h.fostering_types AS "fosteringTypes",
  h.shortage_categories AS "shortageCategories", h.experienced_with_needs AS "experiencedWithNeeds", h.accessibility,
  h.languages, h.religion, h.cultural_backgrounds AS "culturalBackgrounds", h.pets, h.own_children_ages AS "ownChildrenAges",
  h.years_fostering AS "yearsFostering", h.weekly_cost_pounds AS "weeklyCostPounds",
  h.current_placements AS "currentPlacements", h.limit_exemptions AS "limitExemptions"`;

// Profiles are never modified, so equal parts are decoded once and shared (frozen) between households.
const lists = new SharedLists();
const codes = new SharedValues<string>();
const terms = new SharedValues<TermsOfApproval>();
const APPROVALS = {
  approved: Object.freeze({ status: 'approved' as const }),
  'on-hold': Object.freeze({ status: 'on-hold' as const }),
  deregistered: Object.freeze({ status: 'deregistered' as const }),
};

/** Storage row to the profile the matching rules read. */
export function toHouseholdProfile(row: HouseholdRow): HouseholdProfile {
  return {
    id: row.id as HouseholdId,
    fosteringServiceId: codes.share(row.serviceId, row.serviceId) as FosteringServiceId,
    serviceKind: row.serviceKind as HouseholdProfile['serviceKind'],
    councilCode: codes.share(row.councilCode, row.councilCode) as CouncilCode,
    location: { latitude: row.latitude, longitude: row.longitude },
    approval: approvalOf(row),
    terms: termsOf(row),
    shortageCategories: lists.share(row.shortageCategories as ShortageCategory[]),
    placedChildren: row.currentPlacements.length === 0 ? NONE
      : row.currentPlacements.map((p) => ({ age: p.age, siblingGroupId: p.siblingGroupId as SiblingGroupId | null })),
    limitExemptions: row.limitExemptions.length === 0 ? NONE : row.limitExemptions.map((e) => ({ childIds: e.childIds as ChildId[] })),
    languages: lists.share(row.languages),
    religion: row.religion,
    culturalBackgrounds: lists.share(row.culturalBackgrounds),
    accessibility: lists.share(row.accessibility as AccessibilityFeature[]),
    experiencedWithNeeds: lists.share(row.experiencedWithNeeds as ChildNeed[]),
    pets: lists.share(row.pets as PetKind[]),
    ownChildrenAges: lists.share(row.ownChildrenAges),
    yearsFostering: row.yearsFostering,
    weeklyCostPounds: Number(row.weeklyCostPounds),
  };
}

const NONE: readonly never[] = Object.freeze([]);

function termsOf(row: HouseholdRow): TermsOfApproval {
  const types = lists.share(row.fosteringTypes as FosteringType[]);
  return terms.share(`${row.minAge}/${row.maxAge}/${row.maxChildren}/${types.join(',')}`,
    { minAge: row.minAge, maxAge: row.maxAge, maxChildren: row.maxChildren, fosteringTypes: types });
}

function approvalOf(row: HouseholdRow): HouseholdApproval {
  if (row.approvalStatus === 'temporarily-approved') {
    return { status: 'temporarily-approved', until: row.temporaryUntil as CalendarDate, forChildIds: row.temporaryForChildIds as ChildId[] };
  }
  return APPROVALS[row.approvalStatus as keyof typeof APPROVALS];
}
