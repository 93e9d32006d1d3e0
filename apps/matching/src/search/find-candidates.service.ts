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
    // An array, not a map by id: each widening step reads only the ring its box adds, so the steps
    // never list a home twice; only a connected person, judged first by id, can come round again.
    const judged: Judged[] = [];
    const judge = (home: HouseholdProfile) => {
      judged.push({ connected: prepared.connected.has(home.id), miles: milesTo(prepared.home, home.location), assessment: assessHousehold(prepared, home) });
    };
    const named = await this.households.byIds(referral.connectedPersonHouseholdIds);
    named.forEach(judge);
    const namedIds = named.length > 0 ? new Set(named.map((home) => home.id)) : null;
    const filter = candidateFilter(prepared);
    // Enough for the page asked for, not only the first.
    const enough = Math.max(context.policy.widening.enoughCandidates, limit);
    let searchedRadiusMiles: number | null = null;
    let previousBox: BoundingBox | null = null;
    for (const step of wideningPlan(referral.familyHome, context.policy.widening)) {
      const homes = await this.households.candidates({ box: step.box, outside: previousBox }, filter);
      for (let i = 0; i < homes.length; i++) if (namedIds === null || !namedIds.has(homes[i].id)) judge(homes[i]);
      searchedRadiusMiles = step.radiusMiles;
      previousBox = step.box;
      if (eligibleWithin(judged, searchedRadiusMiles) >= enough) break;
    }
    const considered = assessmentsWithin(judged, searchedRadiusMiles);
    return { result: rankAssessments(prepared, considered, limit), searchedRadiusMiles, householdsConsidered: considered.length };
  }
}

// A box's corners reach further than its radius, and nearer homes just past its edges are not in it:
// only homes within the radius count and are ranked (connected persons wherever they live, s22C(7)).
function counts(judged: Judged, radius: number | null): boolean {
  return radius === null || judged.connected || judged.miles <= radius;
}

/** Counted without building a list: this runs after every widening step. */
function eligibleWithin(judged: readonly Judged[], radius: number | null): number {
  let eligible = 0;
  for (let i = 0; i < judged.length; i++) if (judged[i].assessment.eligible && counts(judged[i], radius)) eligible++;
  return eligible;
}

function assessmentsWithin(judged: readonly Judged[], radius: number | null): (Exclusion | Candidate)[] {
  const within: (Exclusion | Candidate)[] = [];
  for (let i = 0; i < judged.length; i++) if (counts(judged[i], radius)) within.push(judged[i].assessment);
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
