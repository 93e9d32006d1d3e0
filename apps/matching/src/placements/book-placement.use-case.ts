import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffPrincipal } from '@app/auth';
import {
  assessHousehold, DomainError, EXCLUSION_REASON_LABELS, placementCodes, prepareReferral, systemClock, type Candidate, type Clock,
  type PreparedReferral, type ReferredChild,
} from '@app/domain';
import { AuditTrailRepository, HouseholdRepository, PlacementRepository, ReferralRepository, UnitOfWork, type PlacementRecord, type StoredReferral } from '@app/persistence';
import { placingCouncilOf, referralNotFound } from '../referrals/placing-council';
import { MatchContextFactory } from '../search/match-context.factory';
import type { BookPlacementRequestDto } from './book-placement.request.dto';

type LockedHome = NonNullable<Awaited<ReturnType<HouseholdRepository['lockForBooking']>>>;

/**
 * Books a home for the referred children. Every rule is checked again inside one transaction
 * with the household's row locked, so two officers can never book the same place: the second
 * waits, then finds the home full and gets 409 with the reason.
 */
@Injectable()
export class BookPlacementUseCase {
  private readonly clock: Clock = systemClock;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly referrals: ReferralRepository,
    private readonly households: HouseholdRepository,
    private readonly placements: PlacementRepository,
    private readonly contexts: MatchContextFactory,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, request: BookPlacementRequestDto, clientIp: string | null): Promise<PlacementRecord[]> {
    const council = placingCouncilOf(staff);
    const before = council === undefined ? null : await this.referrals.find(request.referralId, council);
    if (!before) throw referralNotFound();
    // Read before the transaction: a transaction must never wait for a second pooled connection.
    const context = await this.contexts.forCouncil(before.referral.placingCouncilCode, this.clock.now());
    return this.unitOfWork.run(async (em) => {
      const stored = await this.referrals.find(request.referralId, council!, em, true);
      if (!stored) throw referralNotFound();
      if (stored.status !== 'open') throw new DomainError('REFERRAL.NOT_OPEN', `This referral is ${stored.status}`);
      const home = await this.households.lockForBooking(em, request.householdId);
      if (!home) throw new DomainError('HOUSEHOLD.NOT_FOUND', 'No household with that id');
      const children = await this.childrenToPlace(em, stored, request.childIds);
      const prepared = prepareReferral({ ...stored.referral, children, splitAllowed: false }, context);
      const candidate = this.assess(prepared, home);
      const booked = [];
      for (const child of children) booked.push(await this.placements.insert(em, this.placementOf(staff, stored, prepared, home, candidate, child, request)));
      await this.households.setCurrentPlacements(em, home.id, await this.placements.currentInHousehold(em, home.id));
      const placedNow = await this.placements.placedChildIds(em, stored.referral.id);
      if (stored.referral.children.every((c) => placedNow.has(c.id))) await this.referrals.setStatus(em, stored.referral.id, 'placed');
      for (const p of booked) await this.audit.record({ actor: staff.subject, role: staff.role, action: 'book', entityType: 'placement', entityId: p.id, clientIp }, em);
      return booked;
    });
  }

  /** The children not yet placed, or the ones named; naming some of a group is a split, allowed only if the officer said so. */
  private async childrenToPlace(em: EntityManager, stored: StoredReferral, childIds: readonly string[] | undefined): Promise<ReferredChild[]> {
    const placed = await this.placements.placedChildIds(em, stored.referral.id);
    const remaining = stored.referral.children.filter((c) => !placed.has(c.id));
    if (!childIds) return remaining;
    const chosen = remaining.filter((c) => childIds.includes(c.id));
    if (chosen.length !== childIds.length) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'childIds', rule: 'unplacedChild', message: 'Each child must be one of this referral\'s children not yet placed' },
      ]);
    }
    if (chosen.length < remaining.length && !stored.referral.splitAllowed) {
      throw new DomainError('PLACEMENT.NO_LONGER_FITS', 'This sibling group may not be split: book a home for all of the children together');
    }
    return chosen;
  }

  private assess(prepared: PreparedReferral, home: LockedHome): Candidate {
    const assessed = assessHousehold(prepared, home);
    if (!assessed.eligible) {
      throw new DomainError('PLACEMENT.NO_LONGER_FITS', `This home can no longer take the child: ${EXCLUSION_REASON_LABELS[assessed.reason]}`);
    }
    return assessed;
  }

  private placementOf(
    staff: StaffPrincipal, stored: StoredReferral, prepared: PreparedReferral, home: LockedHome, candidate: Candidate, child: ReferredChild,
    request: BookPlacementRequestDto,
  ) {
    const codes = placementCodes({
      connectedPerson: candidate.tier === 1, fosteringType: stored.referral.fosteringType, fosteringForAdoption: request.fosteringForAdoption,
      provider: home.serviceKind === 'independent-agency'
        ? { kind: 'agency', sector: home.agencySector === 'voluntary' ? 'voluntary' : 'private' }
        : { kind: 'council', councilCode: home.serviceCouncilCode ?? home.councilCode },
      placingCouncilCode: stored.referral.placingCouncilCode,
    });
    return {
      householdId: home.id, referralId: stored.referral.id, referralChildId: child.id, childAge: child.age,
      siblingGroupId: stored.referral.siblingGroupId, placingCouncilCode: stored.referral.placingCouncilCode, ...codes,
      distanceMiles: candidate.homeMiles, withinPlacingCouncil: candidate.councilRelation === 'inside',
      atADistance: candidate.councilRelation === 'at-a-distance',
      outsideTermsUntil: candidate.outsideTerms.length > 0 ? prepared.emergencyUntil : null, bookedBy: staff.subject,
    };
  }
}
