import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { CouncilCode, FosteringServiceId } from '../shared/brand';
import type { GeoPoint } from './distance';
import { EARTH_RADIUS_MILES } from './distance';
import type { HouseholdProfile } from './household-profile';
import { DEFAULT_MATCHING_POLICY } from './matching-policy';
import type { ChildId, HouseholdId, ReferralId, SiblingGroupId } from './matching-ids';
import { prepareReferral, type MatchContext, type PreparedReferral } from './prepare-referral';
import type { ChildConstraints, Referral, ReferredChild } from './referral';
import type { TermsOfApproval } from './terms-of-approval';

/** In-memory inputs for the matching specs (no I/O): one sensible default, changed field by field. */
export const MANCHESTER = 'E08000003' as CouncilCode;
/** Adjoins Manchester. */
export const SALFORD = 'E08000006' as CouncilCode;
/** At a distance from Manchester. */
export const KENT = 'E10000016' as CouncilCode;
/** Manchester town hall. */
export const FAMILY_HOME: GeoPoint = { latitude: 53.4794, longitude: -2.2453 };
/** Monday 23 November 2026, 10:00 in London. */
export const NOW = new Date('2026-11-23T10:00:00Z');

/** Branded ids from plain strings, for readable specs. */
export const childId = (id: string) => id as ChildId;
export const householdId = (id: string) => id as HouseholdId;
export const siblingGroupId = (id: string) => id as SiblingGroupId;

/** A point due north of another; along a meridian the haversine distance is exact. */
export function milesNorthOf(from: GeoPoint, miles: number): GeoPoint {
  return { latitude: from.latitude + (miles / EARTH_RADIUS_MILES) * (180 / Math.PI), longitude: from.longitude };
}

/** A child's fields to change; constraints may be given in part. */
export type ChildOverrides = Partial<Omit<ReferredChild, 'constraints'>> & { readonly constraints?: Partial<ChildConstraints> };

/** An 8-year-old (id C1) with no needs or constraints. */
export function buildChild(overrides: ChildOverrides = {}): ReferredChild {
  const constraints: ChildConstraints = { mustBeOnlyChild: false, onlyWithOlderChildren: false, noPets: false, requiredAccessibility: [], ...overrides.constraints };
  return { id: childId('C1'), age: 8, needs: [], shortageCategories: [], ...overrides, constraints };
}

/** A sibling group of children aged as given, ids C1, C2, … */
export function buildSiblings(...ages: number[]): ReferredChild[] {
  return ages.map((age, i) => buildChild({ id: childId(`C${i + 1}`), age }));
}

/** A short-term referral from Manchester for one child, not an emergency, the group not to be split. */
export function buildReferral(overrides: Partial<Referral> = {}): Referral {
  const children = overrides.children ?? [buildChild()];
  return {
    id: 'R1' as ReferralId,
    placingCouncilCode: MANCHESTER,
    children,
    siblingGroupId: children.length > 1 ? siblingGroupId('G1') : null,
    familyHome: FAMILY_HOME,
    school: null,
    fosteringType: 'short-term',
    emergency: false,
    splitAllowed: false,
    languages: [],
    religion: null,
    culturalBackground: null,
    exclusionZones: [],
    connectedPersonHouseholdIds: [],
    ...overrides,
  };
}

/** A household's fields to change; terms may be given in part. */
export type HouseholdOverrides = Partial<Omit<HouseholdProfile, 'terms'>> & { readonly terms?: Partial<TermsOfApproval> };

/** An approved in-house household in Manchester, 5 miles north of the family home, for 0–17s, up to 3 children. */
export function buildHousehold(overrides: HouseholdOverrides = {}): HouseholdProfile {
  const terms: TermsOfApproval = { minAge: 0, maxAge: 17, maxChildren: 3, fosteringTypes: ['emergency', 'short-term', 'long-term'], ...overrides.terms };
  return {
    id: householdId('H1'),
    fosteringServiceId: 'LA-E08000003' as FosteringServiceId,
    serviceKind: 'in-house',
    councilCode: MANCHESTER,
    location: milesNorthOf(FAMILY_HOME, 5),
    approval: { status: 'approved' },
    shortageCategories: [],
    placedChildren: [],
    limitExemptions: [],
    languages: ['en'],
    religion: null,
    culturalBackgrounds: [],
    accessibility: [],
    experiencedWithNeeds: [],
    pets: [],
    ownChildrenAges: [],
    yearsFostering: 5,
    weeklyCostPounds: 600,
    ...overrides,
    terms,
  };
}

/** A search on Monday 23 November 2026 under the default policy, Salford adjoining Manchester. */
export function buildContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    now: NOW,
    calendar: new WorkingDayCalendar(),
    policy: DEFAULT_MATCHING_POLICY,
    adjoiningCouncils: new Set([SALFORD]),
    councilNames: new Map([[MANCHESTER, 'Manchester'], [SALFORD, 'Salford'], [KENT, 'Kent']]),
    ...overrides,
  };
}

/** A referral prepared for a search with the default context. */
export function prepare(referral: Referral = buildReferral(), context: Partial<MatchContext> = {}): PreparedReferral {
  return prepareReferral(referral, buildContext(context));
}
