import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, planFunnelMove, type FunnelStage } from '@app/domain';
import { ApplicantFunnelRepository, UnitOfWork } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import { ApplicantAccess, notFound } from './applicant-access';
import { ApplicantView, milestonesOf } from './applicant-view';
import { nextFunnelState } from './next-funnel-state';
import { ApprovedHouseholdService } from './approved-household.service';
import type { ApplicantResponse } from './applicant.responses';
import type { MoveApplicantRequestDto } from './move-applicant.request.dto';

/**
 * Moves an applicant through the funnel: checked against the state machine, timestamped,
 * attributed and kept as history, and refused if someone else changed the applicant since
 * the officer looked (optimistic concurrency), so no update is ever silently lost.
 */
@Injectable()
export class MoveApplicantUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly clocks: RecruitmentClocks,
    private readonly view: ApplicantView,
    private readonly approvedHousehold: ApprovedHouseholdService,
  ) {}

  async execute(staff: StaffPrincipal, id: string, request: MoveApplicantRequestDto): Promise<ApplicantResponse> {
    const serviceId = await this.access.serviceFilterFor(staff, id);
    // Read before the transaction: a transaction must never wait for a second pooled connection.
    const place = request.to === 'approved' ? await this.approvedHousehold.placeOf(await this.access.find(staff, id)) : null;
    await this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, id);
      if (!e) throw notFound();
      if (e.version !== request.version) throw staleVersion(e.version);
      const now = this.clocks.now();
      const from = e.status as FunnelStage;
      const facts = { unansweredContactAttempts: e.unansweredContactAttempts, minimumContactAttempts: this.clocks.levels.minimumContactAttempts };
      const milestones = planFunnelMove(from, request, facts, milestonesOf(e), now);
      const written = await this.funnel.update(em, nextFunnelState(e, this.clocks, {
        stage: request.to, stageEnteredAt: now, applicationSubmittedAt: milestones.applicationSubmittedAt,
        withdrawalReason: request.withdrawalReason ?? null,
      }));
      if (!written) throw staleVersion(e.version);
      if (place) await this.approvedHousehold.create(em, e, place, request.approval!);
      await this.funnel.addTransition(em, {
        enquiryId: id, fromStage: from, toStage: request.to, officer: staff.subject, occurredAt: now,
        withdrawalReason: request.withdrawalReason ?? null, reasons: request.reasons ?? [], note: request.note ?? null,
      });
    });
    return this.view.render(await this.access.find(staff, id));
  }
}

function staleVersion(current: number): DomainError {
  return new DomainError(
    'APPLICANT.STALE_VERSION',
    `Someone else changed this applicant since you looked (now at version ${current}). Reload and try again.`,
  );
}
