import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { AuditTrailRepository, PlacementRepository, type PlacementRecord } from '@app/persistence';
import { placingCouncilOf } from '../../referrals/placing-council';
import { isUuid } from '../../search/match-search.use-case';

/** A referral's placements, current and ended, for the council that made it; each one shown is an audited read. */
@Injectable()
export class ListReferralPlacementsUseCase {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, referralId: string, clientIp: string | null): Promise<PlacementRecord[]> {
    const council = placingCouncilOf(staff);
    if (council === undefined || !isUuid(referralId)) return [];
    const placements = (await this.placements.forReferral(referralId)).filter((p) => council === null || p.placingCouncilCode === council);
    await Promise.all(placements.map((p) =>
      this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'placement', entityId: p.id, clientIp })));
    return placements;
  }
}
