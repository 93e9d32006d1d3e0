import { Injectable } from '@nestjs/common';
import {
  assessHousehold, hasEnoughCandidates, matchHouseholds, wideningPlan, type HouseholdProfile, type MatchResult, type PreparedReferral,
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
    const seen = new Map<string, HouseholdProfile>();
    let eligible = 0;
    const consider = (homes: readonly HouseholdProfile[]) => {
      for (const home of homes) {
        if (seen.has(home.id)) continue;
        seen.set(home.id, home);
        if (assessHousehold(prepared, home).eligible) eligible++;
      }
    };
    consider(await this.households.byIds(referral.connectedPersonHouseholdIds));
    const filter = candidateFilter(prepared);
    let searchedRadiusMiles: number | null = null;
    for (const step of wideningPlan(referral.familyHome, context.policy.widening)) {
      consider(await this.households.candidates(step.box, filter));
      searchedRadiusMiles = step.radiusMiles;
      if (hasEnoughCandidates(eligible, context.policy.widening)) break;
    }
    return { result: matchHouseholds(prepared, [...seen.values()], limit), searchedRadiusMiles, householdsConsidered: seen.size };
  }
}

/** Emergencies may go outside a carer's terms (reg 23), so then SQL may rule nothing out on terms. */
export function candidateFilter(prepared: PreparedReferral): CandidateFilter {
  const { referral } = prepared;
  if (referral.emergency) return { fosteringType: null, youngest: null, oldest: null };
  const ages = referral.children.map((c) => c.age);
  return { fosteringType: referral.fosteringType, youngest: Math.min(...ages), oldest: Math.max(...ages) };
}
