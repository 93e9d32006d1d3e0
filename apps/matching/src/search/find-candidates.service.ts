import { Injectable } from '@nestjs/common';
import {
  assessHousehold, haversineMiles, rankAssessments, wideningPlan, type BoundingBox, type Candidate, type Exclusion, type HouseholdProfile, type MatchResult,
  type PreparedReferral,
} from '@app/domain';
import { HouseholdRepository, type CandidateFilter } from '@app/persistence';

export interface FoundCandidates {
  readonly result: MatchResult;
  /** How far the search had to widen: null means all of England. */
  readonly searchedRadiusMiles: number | null;
  readonly householdsConsidered: number;
}

/**
 * Nearest first, widening until enough eligible homes are found: the SQL takes only the homes
 * inside the box that could possibly fit, and the domain's rules decide, rank and explain.
 * Connected persons named for the child are always considered, wherever they live (s22C(7)).
 */
@Injectable()
export class FindCandidatesService {
  constructor(private readonly households: HouseholdRepository) {}

  async find(prepared: PreparedReferral, limit: number): Promise<FoundCandidates> {
    const { referral, context } = prepared;
    const connected = new Set<string>(referral.connectedPersonHouseholdIds);
    const seen = new Map<string, { home: HouseholdProfile; miles: number; assessment: Exclusion | Candidate }>();
    const consider = (homes: readonly HouseholdProfile[]) => {
      for (const home of homes) {
        if (seen.has(home.id)) continue;
        seen.set(home.id, { home, miles: haversineMiles(referral.familyHome, home.location), assessment: assessHousehold(prepared, home) });
      }
    };
    // A box's corners reach further than its radius, and nearer homes just past its edges are not in it:
    // only homes within the radius count and are ranked (connected persons wherever they live, s22C(7)).
    const within = (radius: number | null) => [...seen.values()].filter((s) => radius === null || connected.has(s.home.id) || s.miles <= radius);
    consider(await this.households.byIds(referral.connectedPersonHouseholdIds));
    const filter = candidateFilter(prepared);
    // Enough for the page asked for, not only the first.
    const enough = Math.max(context.policy.widening.enoughCandidates, limit);
    let searchedRadiusMiles: number | null = null;
    // Each step reads only the ring it adds to the box before it.
    let previousBox: BoundingBox | null = null;
    for (const step of wideningPlan(referral.familyHome, context.policy.widening)) {
      consider(await this.households.candidates({ box: step.box, outside: previousBox }, filter));
      searchedRadiusMiles = step.radiusMiles;
      previousBox = step.box;
      if (within(searchedRadiusMiles).filter((s) => s.assessment.eligible).length >= enough) break;
    }
    const considered = within(searchedRadiusMiles);
    return { result: rankAssessments(prepared, considered.map((s) => s.assessment), limit), searchedRadiusMiles, householdsConsidered: considered.length };
  }
}

/** Emergencies may go outside a carer's terms (reg 23), so then SQL may rule nothing out on terms or room. */
export function candidateFilter(prepared: PreparedReferral): CandidateFilter {
  const { referral } = prepared;
  if (referral.emergency) return { fosteringType: null, youngest: null, oldest: null, freePlaces: null };
  const ages = referral.children.map((c) => c.age);
  // Outside an emergency a home needs room: for the whole group unless it may be split, else for one child.
  const freePlaces = referral.splitAllowed ? 1 : referral.children.length;
  return { fosteringType: referral.fosteringType, youngest: Math.min(...ages), oldest: Math.max(...ages), freePlaces };
}
