import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, isOpenStage, isUnanswered, type FunnelStage } from '@app/domain';
import { ApplicantFunnelRepository, UnitOfWork, type EnquiryEntity } from '@app/persistence';
import type { EntityManager } from 'typeorm';
import { RecruitmentClocks } from '../recruitment-clocks';
import { ApplicantAccess, notFound } from './applicant-access';
import { ApplicantView } from './applicant-view';
import { nextFunnelState } from './next-funnel-state';
import type { ApplicantResponse } from './applicant.responses';
import type { RecordContactAttemptRequestDto } from './record-contact-attempt.request.dto';

/**
 * Records one try at reaching an applicant. Unanswered tries are counted (two are needed before
 * an enquiry may be closed for no contact); reaching a new enquirer moves them to "contacted",
 * which stops the first-contact clock and starts the initial-visit one.
 */
@Injectable()
export class RecordContactAttemptUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly clocks: RecruitmentClocks,
    private readonly view: ApplicantView,
  ) {}

  async execute(staff: StaffPrincipal, id: string, request: RecordContactAttemptRequestDto): Promise<ApplicantResponse> {
    const serviceId = await this.access.serviceFilterFor(staff, id);
    await this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, id);
      if (!e) throw notFound();
      if (!isOpenStage(e.status as FunnelStage)) {
        throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', `The applicant's record is closed (${e.status}): reopen it as a new enquiry`);
      }
      const now = this.clocks.now();
      await this.funnel.addContactAttempt(em, {
        enquiryId: id, channel: request.channel, outcome: request.outcome, officer: staff.subject, occurredAt: now, note: request.note ?? null,
      });
      await this.applyOutcome(em, e, request, staff.subject, now);
    });
    return this.view.render(await this.access.find(staff, id));
  }

  private async applyOutcome(em: EntityManager, e: EnquiryEntity, request: RecordContactAttemptRequestDto, officer: string, now: Date): Promise<void> {
    const madeContact = !isUnanswered(request.outcome) && e.status === 'enquiry-received';
    const stage: FunnelStage = madeContact ? 'contacted' : (e.status as FunnelStage);
    await this.funnel.update(em, nextFunnelState(e, this.clocks, {
      stage, stageEnteredAt: madeContact ? now : e.stageEnteredAt,
      unansweredContactAttempts: e.unansweredContactAttempts + (isUnanswered(request.outcome) ? 1 : 0),
    }));
    if (madeContact) {
      await this.funnel.addTransition(em, {
        enquiryId: e.id, fromStage: e.status, toStage: 'contacted', officer, occurredAt: now,
        withdrawalReason: null, reasons: [], note: `Reached by ${request.channel}`,
      });
    }
  }
}
