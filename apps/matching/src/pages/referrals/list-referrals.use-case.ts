import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { ReferralRepository, type ReferralSummary } from '@app/persistence';
import { placingCouncilOf } from '../../referrals/placing-council';

/**
 * The council's open referrals, newest first. The list shows ages and the type of fostering
 * only (no postcodes or needs), so it is not a read of any one child's record: opening one is.
 */
@Injectable()
export class ListReferralsUseCase {
  constructor(private readonly referrals: ReferralRepository) {}

  async execute(staff: StaffPrincipal): Promise<ReferralSummary[]> {
    const council = placingCouncilOf(staff);
    return council === undefined ? [] : this.referrals.listForCouncil(council);
  }
}
