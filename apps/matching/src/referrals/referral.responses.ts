import type { StoredReferral } from '@app/persistence';

/** A referral as the placement team sees it: ages, needs and places; no names are held. */
export interface ReferralResponse {
  readonly id: string;
  readonly placingCouncilCode: string;
  readonly status: string;
  readonly fosteringType: string;
  readonly emergency: boolean;
  readonly splitAllowed: boolean;
  readonly neededBy: string | null;
  readonly familyHomePostcode: string | null;
  readonly schoolPostcode: string | null;
  readonly children: { id: string; ageYears: number; needs: string[]; shortageCategories: string[]; constraints: object }[];
  readonly languages: string[];
  readonly religion: string | null;
  readonly culturalBackground: string | null;
  readonly exclusionZoneCount: number;
  readonly connectedHouseholdIds: string[];
  readonly createdBy: string;
  readonly createdAt: string;
}

export function toReferralResponse(s: StoredReferral): ReferralResponse {
  const r = s.referral;
  return {
    id: r.id, placingCouncilCode: r.placingCouncilCode, status: s.status, fosteringType: r.fosteringType, emergency: r.emergency,
    splitAllowed: r.splitAllowed, neededBy: s.neededBy, familyHomePostcode: s.familyHomePostcode, schoolPostcode: s.schoolPostcode,
    children: r.children.map((c) => ({ id: c.id, ageYears: c.age, needs: [...c.needs], shortageCategories: [...c.shortageCategories], constraints: c.constraints })),
    languages: [...r.languages], religion: r.religion, culturalBackground: r.culturalBackground,
    // Where a child must not be is itself sensitive: only how many zones there are is shown back.
    exclusionZoneCount: r.exclusionZones.length,
    connectedHouseholdIds: [...r.connectedPersonHouseholdIds], createdBy: s.createdBy, createdAt: s.createdAt.toISOString(),
  };
}
