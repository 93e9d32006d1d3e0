import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, systemClock, type Clock } from '@app/domain';
import { AuditTrailRepository, HouseholdRepository, PlacementRepository, UnitOfWork, type PlacementRecord } from '@app/persistence';
import { placingCouncilOf } from '../referrals/placing-council';
import { isUuid } from '../search/match-search.use-case';

/** Ends a placement: the place is free for the next search at once. */
@Injectable()
export class EndPlacementUseCase {
  private readonly clock: Clock = systemClock;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly placements: PlacementRepository,
    private readonly households: HouseholdRepository,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, reason: string, clientIp: string | null): Promise<PlacementRecord> {
    const council = placingCouncilOf(staff);
    if (council === undefined || !isUuid(id)) throw notFound();
    return this.unitOfWork.run(async (em) => {
      const placement = await this.placements.find(id, council, em, true);
      if (!placement) throw notFound();
      if (placement.endedAt) throw new DomainError('PLACEMENT.ALREADY_ENDED', 'This placement has already ended');
      // Lock the home as a booking does, so its list of children never misses a concurrent change.
      await this.households.lockForBooking(em, placement.householdId);
      await this.placements.end(em, id, this.clock.now(), reason);
      await this.households.setCurrentPlacements(em, placement.householdId, await this.placements.currentInHousehold(em, placement.householdId));
      await this.audit.record({ actor: staff.subject, role: staff.role, action: 'end', entityType: 'placement', entityId: id, clientIp }, em);
      return (await this.placements.find(id, council, em))!;
    });
  }
}

function notFound(): DomainError {
  return new DomainError('PLACEMENT.NOT_FOUND', 'No placement with that id');
}
