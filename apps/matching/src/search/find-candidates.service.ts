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

/** A home a widening step listed beyond the radius it searched: a box's corners reach further. */
interface Beyond {
  readonly home: HouseholdProfile;
  readonly miles: number;
}

/**
 * Nearest first, widening until enough eligible homes are found: the SQL takes only the homes
 * inside the box that could possibly fit, and the domain's rules decide, rank and explain.
 * Connected persons named for the child are always considered, wherever they live (s22C(7));
 * other homes count, and are judged, once they are within the radius searched.
 */
@Injectable()
export class FindCandidatesService {
  constructor(private readonly households: HouseholdRepository) {}

  async find(prepared: PreparedReferral, limit: number): Promise<FoundCandidates> {
    const { referral, context } = prepared;
    const assessments: (Exclusion | Candidate)[] = [];
    let eligible = 0;
    const judge = (home: HouseholdProfile) => {
      const assessment = assessHousehold(prepared, home);
      assessments.push(assessment);
      if (assessment.eligible) eligible++;
    };
    const named = await this.households.byIds(referral.connectedPersonHouseholdIds);
    named.forEach(judge);
    // Each widening step reads only the ring its box adds, so no home is listed twice, except a
    // connected person, already judged by id.
    const namedIds = named.length > 0 ? new Set(named.map((home) => home.id)) : null;
    const filter = candidateFilter(prepared);
    // Enough for the page asked for, not only the first.
    const enough = Math.max(context.policy.widening.enoughCandidates, limit);
    let searchedRadiusMiles: number | null = null;
    let previousBox: BoundingBox | null = null;
    let beyond: Beyond[] = [];
    for (const step of wideningPlan(referral.familyHome, context.policy.widening)) {
      const radius = step.radiusMiles;
      const waiting = beyond;
      beyond = [];
      const take = (home: HouseholdProfile, miles: number) => {
        if (radius === null || miles <= radius) judge(home);
        else beyond.push({ home, miles });
      };
      for (let i = 0; i < waiting.length; i++) take(waiting[i].home, waiting[i].miles);
      const homes = await this.households.candidates({ box: step.box, outside: previousBox }, filter);
      for (let i = 0; i < homes.length; i++) if (namedIds === null || !namedIds.has(homes[i].id)) take(homes[i], milesTo(prepared.home, homes[i].location));
      searchedRadiusMiles = radius;
      previousBox = step.box;
      if (eligible >= enough) break;
    }
    return { result: rankAssessments(prepared, assessments, limit), searchedRadiusMiles, householdsConsidered: assessments.length };
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
