import { Injectable } from '@nestjs/common';
import { DomainError, planFunnelMove, readyToSubmit, type FunnelStage, type SectionStatuses } from '@app/domain';
import { ApplicantFunnelRepository, ApplicationRepository, UnitOfWork } from '@app/persistence';
import { milestonesOf } from '../funnel/applicant-view';
import { nextFunnelState } from '../funnel/next-funnel-state';
import { RecruitmentClocks } from '../recruitment-clocks';

/** Who moved the applicant on, in the history, when they sent their own application. */
export const APPLICANT_ACTOR = 'applicant';

export type SubmitOutcome = 'submitted' | 'already-submitted' | 'incomplete' | 'not-expected';

/**
 * Sends the application: it becomes read-only, the applicant moves to "application submitted"
 * and the 8-month panel clock starts, all in one transaction. Sending twice changes nothing.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly applications: ApplicationRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  execute(enquiryId: string): Promise<SubmitOutcome> {
    return this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, null, enquiryId);
      const application = await this.applications.find(enquiryId, em);
      if (!e || !application) return 'incomplete';
      if (application.submittedAt) return 'already-submitted';
      if (!readyToSubmit(application.statuses as SectionStatuses)) return 'incomplete';
      if (e.status !== 'initial-visit') return 'not-expected';
      const now = this.clocks.now();
      const facts = { unansweredContactAttempts: e.unansweredContactAttempts, minimumContactAttempts: this.clocks.levels.minimumContactAttempts };
      const milestones = planFunnelMove(e.status as FunnelStage, { to: 'application-submitted' }, facts, milestonesOf(e), now);
      const written = await this.funnel.update(em, nextFunnelState(e, this.clocks, {
        stage: 'application-submitted', stageEnteredAt: now, applicationSubmittedAt: milestones.applicationSubmittedAt,
      }));
      if (!written) throw new DomainError('APPLICANT.STALE_VERSION', 'The application changed while it was being sent: try again');
      await this.funnel.addTransition(em, {
        enquiryId, fromStage: e.status, toStage: 'application-submitted', officer: APPLICANT_ACTOR, occurredAt: now,
        withdrawalReason: null, reasons: [], note: 'Sent by the applicant online',
      });
      await this.applications.markSubmitted(em, enquiryId, now);
      return 'submitted';
    });
  }
}
