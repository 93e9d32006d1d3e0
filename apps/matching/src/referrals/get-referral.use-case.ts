import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { AuditTrailRepository, ReferralRepository } from '@app/persistence';
import { isUuid } from '../search/match-search.use-case';
import { placingCouncilOf, referralNotFound } from './placing-council';
import { toReferralResponse, type ReferralResponse } from './referral.responses';

/** One of the council's referrals; every read is written to the audit trail. */
@Injectable()
export class GetReferralUseCase {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, clientIp: string | null): Promise<ReferralResponse> {
    const council = placingCouncilOf(staff);
    const stored = council === undefined || !isUuid(id) ? null : await this.referrals.find(id, council);
    if (!stored) throw referralNotFound();
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'referral', entityId: id, clientIp });
    return toReferralResponse(stored);
  }
}
