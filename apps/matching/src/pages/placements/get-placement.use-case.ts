import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { AuditTrailRepository, PlacementRepository, type PlacementRecord } from '@app/persistence';
import { placingCouncilOf } from '../../referrals/placing-council';
import { isUuid } from '../../search/match-search.use-case';

/** One of the council's placements; like a referral, every read is written to the audit trail. */
@Injectable()
export class GetPlacementUseCase {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, clientIp: string | null): Promise<PlacementRecord> {
    const council = placingCouncilOf(staff);
    const placement = council === undefined || !isUuid(id) ? null : await this.placements.find(id, council);
    if (!placement) throw new DomainError('PLACEMENT.NOT_FOUND', 'No placement with that id');
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'placement', entityId: id, clientIp });
    return placement;
  }
}
