import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { EXCLUSION_REASON_LABELS, prepareReferral, systemClock, type CandidateExplanation, type Clock, type ExclusionReason } from '@app/domain';
import { ReferralRepository, type ReferralForSearch, type SearchAuditEvent } from '@app/persistence';
import { placingCouncilOf, referralNotFound } from '../referrals/placing-council';
import { FindCandidatesService, type FoundCandidates } from './find-candidates.service';
import { MatchContextFactory } from './match-context.factory';
import { ReferralReadCache } from './referral-read-cache';

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

/**
 * A ranked, explained page of the homes that can lawfully take the referred child or children.
 * A referral searched before is searched from memory while its audit row is written and its copy
 * checked, so the search's own SQL does not wait behind the audit commit; a copy found out of date
 * is read again and the search run again.
 */
@Injectable()
export class MatchSearchUseCase {
  private readonly clock: Clock = systemClock;
  private readonly cache = new ReferralReadCache();

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly contexts: MatchContextFactory,
    private readonly finder: FindCandidatesService,
  ) {}

  async execute(staff: StaffPrincipal, referralId: string, page: number, pageSize: number, clientIp: string | null): Promise<MatchSearchPage> {
    const council = placingCouncilOf(staff);
    if (council === undefined || !isUuid(referralId)) throw referralNotFound();
    const audit = { actor: staff.subject, role: staff.role, action: 'search' as const, clientIp };
    const known = this.cache.get(referralId);
    if (known && (council === null || known.stored.referral.placingCouncilCode === council)) {
      // The audit row is written, and the copy checked against PostgreSQL, while the homes are found from it.
      const [fingerprint, found] = await Promise.all([this.referrals.auditMatchSearch(referralId, council, audit), this.find(known, page * pageSize)]);
      if (fingerprint === null) throw referralNotFound();
      if (fingerprint === known.fingerprint) return toPage(referralId, page, pageSize, found);
      return this.readAndFind(referralId, council, null, page, pageSize);
    }
    return this.readAndFind(referralId, council, audit, page, pageSize);
  }

  /** Reads the referral (writing the audit row unless the search already did), keeps it, and finds its homes. */
  private async readAndFind(
    referralId: string, council: string | null, audit: SearchAuditEvent | null, page: number, pageSize: number,
  ): Promise<MatchSearchPage> {
    const read = await this.referrals.findForMatchSearch(referralId, council, audit);
    if (!read) throw referralNotFound();
    this.cache.set(referralId, read);
    return toPage(referralId, page, pageSize, await this.find(read, page * pageSize));
  }

  private async find(read: ReferralForSearch, limit: number): Promise<FoundCandidates> {
    const context = await this.contexts.build(read.policyOverrides, read.neighbours, this.clock.now());
    return this.finder.find(prepareReferral(read.stored.referral, context), limit);
  }
}

function toPage(referralId: string, page: number, pageSize: number, found: FoundCandidates): MatchSearchPage {
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

export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
