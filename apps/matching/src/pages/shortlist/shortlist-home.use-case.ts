import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { AuditTrailRepository, HouseholdRepository, ReferralRepository, ReferralShortlistRepository, UnitOfWork } from '@app/persistence';
import { placingCouncilOf, referralNotFound } from '../../referrals/placing-council';
import { isUuid } from '../../search/match-search.use-case';

/** Puts a home on (or takes it off) one of the council's referrals' shortlist; each change is audited. */
@Injectable()
export class ShortlistHomeUseCase {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly households: HouseholdRepository,
    private readonly shortlist: ReferralShortlistRepository,
    private readonly audit: AuditTrailRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(staff: StaffPrincipal, referralId: string, householdId: string, on: boolean, clientIp: string | null): Promise<void> {
    const council = placingCouncilOf(staff);
    const stored = council === undefined || !isUuid(referralId) ? null : await this.referrals.find(referralId, council);
    if (!stored) throw referralNotFound();
    if (!isUuid(householdId) || (await this.households.byIds([householdId])).length === 0) {
      throw new DomainError('HOUSEHOLD.NOT_FOUND', 'No household with that id');
    }
    await this.unitOfWork.run(async (em) => {
      if (on) await this.shortlist.add(em, referralId, householdId, staff.subject);
      else await this.shortlist.remove(em, referralId, householdId);
      await this.audit.record({ actor: staff.subject, role: staff.role, action: 'update', entityType: 'referral', entityId: referralId, clientIp }, em);
    });
  }
}
