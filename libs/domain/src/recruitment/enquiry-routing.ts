import type { CouncilCode } from '../shared/brand';

/**
 * Which fostering service receives an enquiry. A council's own team by default; a regional
 * recruitment hub when the council has chosen one. An enquiry is never dropped: with no
 * council (unknown postcode, or outside England) it goes to the triage queue.
 */
export type TriageReason = 'postcode-not-found' | 'outside-england' | 'no-service-for-council';

export type RoutingDecision =
  | { readonly kind: 'service'; readonly serviceCode: string; readonly councilCode: CouncilCode }
  | { readonly kind: 'triage'; readonly reason: TriageReason; readonly councilCode: CouncilCode | null };

export type PostcodeLocation =
  | { readonly found: false }
  | { readonly found: true; readonly councilCode: CouncilCode | null; readonly country: 'england' | 'wales' | 'scotland' | 'other' };

/** council code → service code of the team (or hub) that takes its enquiries. */
export type RoutingTable = ReadonlyMap<string, string>;

export function routeEnquiry(location: PostcodeLocation, routing: RoutingTable): RoutingDecision {
  if (!location.found) return { kind: 'triage', reason: 'postcode-not-found', councilCode: null };
  if (location.country !== 'england' || location.councilCode === null) {
    return { kind: 'triage', reason: 'outside-england', councilCode: null };
  }
  const serviceCode = routing.get(location.councilCode);
  if (!serviceCode) return { kind: 'triage', reason: 'no-service-for-council', councilCode: location.councilCode };
  return { kind: 'service', serviceCode, councilCode: location.councilCode };
}

/** The code of the in-house fostering team of a council, created with the reference data. */
export function councilServiceCode(councilCode: string): string {
  return `LA-${councilCode}`;
}

export const TRIAGE_SERVICE_CODE = 'TRIAGE';
