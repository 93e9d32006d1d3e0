import { Injectable } from '@nestjs/common';
import {
  assessHousehold, milesTo, rankAssessments, wideningPlan, type BoundingBox, type Candidate, type Exclusion, type HouseholdProfile, type MatchResult,
  type PreparedReferral,
} from '@app/domain';
import { HouseholdRepository, type CandidateFilter } from '@app/persistence';

export interface FoundCandidates {
  readonly result: MatchResult;
  /** How far the search had to widen: null means all of England. */
  readonly searchedRadiusMiles: number | null;
  readonly householdsConsidered: number;
}

/** A home the search has judged: how far it is (unrounded) and the rules' verdict. */
interface Judged {
  readonly connected: boolean;
  readonly miles: number;
  readonly assessment: Exclusion | Candidate;
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
    const seen = new Map<string, Judged>();
    const consider = (homes: readonly HouseholdProfile[]) => {
      for (let i = 0; i < homes.length; i++) {
        const home = homes[i];
        if (seen.has(home.id)) continue;
        seen.set(home.id, { connected: prepared.connected.has(home.id), miles: milesTo(prepared.home, home.location), assessment: assessHousehold(prepared, home) });
      }
    };
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
      if (eligibleWithin(seen, searchedRadiusMiles) >= enough) break;
    }
    const considered = assessmentsWithin(seen, searchedRadiusMiles);
    return { result: rankAssessments(prepared, considered, limit), searchedRadiusMiles, householdsConsidered: considered.length };
  }
}

// A box's corners reach further than its radius, and nearer homes just past its edges are not in it:
// only homes within the radius count and are ranked (connected persons wherever they live, s22C(7)).
function counts(judged: Judged, radius: number | null): boolean {
  return radius === null || judged.connected || judged.miles <= radius;
}

/** Counted without building a list: this runs after every widening step. */
function eligibleWithin(seen: ReadonlyMap<string, Judged>, radius: number | null): number {
  let eligible = 0;
  for (const judged of seen.values()) if (judged.assessment.eligible && counts(judged, radius)) eligible++;
  return eligible;
}

function assessmentsWithin(seen: ReadonlyMap<string, Judged>, radius: number | null): (Exclusion | Candidate)[] {
  const within: (Exclusion | Candidate)[] = [];
  for (const judged of seen.values()) if (counts(judged, radius)) within.push(judged.assessment);
  return within;
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
