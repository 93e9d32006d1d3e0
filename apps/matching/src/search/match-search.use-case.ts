import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { EXCLUSION_REASON_LABELS, prepareReferral, systemClock, type CandidateExplanation, type Clock, type ExclusionReason } from '@app/domain';
import { ReferralRepository } from '@app/persistence';
import { placingCouncilOf, referralNotFound } from '../referrals/placing-council';
import { FindCandidatesService } from './find-candidates.service';
import { MatchContextFactory } from './match-context.factory';

export interface MatchSearchPage {
  readonly referralId: string;
  readonly page: number;
  readonly pageSize: number;
  readonly eligibleCount: number;
  readonly householdsConsidered: number;
  readonly searchedRadiusMiles: number | null;
  readonly excluded: { reason: ExclusionReason; label: string; count: number }[];
  readonly candidates: (CandidateExplanation & { rank: number; fosteringServiceId: string; serviceKind: string; councilCode: string })[];
}

/** A ranked, explained page of the homes that can lawfully take the referred child or children. */
@Injectable()
export class MatchSearchUseCase {
  private readonly clock: Clock = systemClock;

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly contexts: MatchContextFactory,
    private readonly finder: FindCandidatesService,
  ) {}

  async execute(staff: StaffPrincipal, referralId: string, page: number, pageSize: number, clientIp: string | null): Promise<MatchSearchPage> {
    const council = placingCouncilOf(staff);
    const audit = { actor: staff.subject, role: staff.role, action: 'search' as const, clientIp };
    const read = council === undefined || !isUuid(referralId) ? null : await this.referrals.findForMatchSearch(referralId, council, audit);
    if (!read) throw referralNotFound();
    const { stored } = read;
    const context = await this.contexts.build(read.policyOverrides, read.neighbours, this.clock.now());
    const prepared = prepareReferral(stored.referral, context);
    const found = await this.finder.find(prepared, page * pageSize);
    const { result } = found;
    return {
      referralId, page, pageSize, eligibleCount: result.eligibleCount, householdsConsidered: found.householdsConsidered,
      searchedRadiusMiles: found.searchedRadiusMiles,
      excluded: (Object.entries(result.excludedCounts) as [ExclusionReason, number][])
        .filter(([, count]) => count > 0).map(([reason, count]) => ({ reason, label: EXCLUSION_REASON_LABELS[reason], count })),
      candidates: result.ranked.slice((page - 1) * pageSize).map((r) => ({
        rank: r.rank, fosteringServiceId: r.candidate.household.fosteringServiceId, serviceKind: r.candidate.household.serviceKind,
        councilCode: r.candidate.household.councilCode, ...r.explanation,
      })),
    };
  }
}

export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
