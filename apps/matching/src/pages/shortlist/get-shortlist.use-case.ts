import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { ReferralRepository, ReferralShortlistRepository, type ShortlistEntry } from '@app/persistence';
import { placingCouncilOf, referralNotFound } from '../../referrals/placing-council';
import { isUuid } from '../../search/match-search.use-case';

/** The homes on one of the council's referrals' shortlist (the referral's own read is audited by GetReferralUseCase). */
@Injectable()
export class GetShortlistUseCase {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly shortlist: ReferralShortlistRepository,
  ) {}

  async execute(staff: StaffPrincipal, referralId: string): Promise<ShortlistEntry[]> {
    const council = placingCouncilOf(staff);
    const stored = council === undefined || !isUuid(referralId) ? null : await this.referrals.find(referralId, council);
    if (!stored) throw referralNotFound();
    return this.shortlist.forReferral(referralId);
  }
}
