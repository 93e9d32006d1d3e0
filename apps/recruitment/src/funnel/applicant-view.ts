import { Injectable } from '@nestjs/common';
import { allowedTransitions, type FunnelMilestones, type FunnelStage } from '@app/domain';
import { ApplicantFunnelRepository, AssessmentCheckRepository, TeamMemberRepository, type EnquiryEntity } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import { toApplicantResponse, type ApplicantResponse } from './applicant.responses';

/** An applicant as the recruitment team sees them: stage, what is due, what may happen next, history. */
@Injectable()
export class ApplicantView {
  constructor(
    private readonly funnel: ApplicantFunnelRepository,
    private readonly checks: AssessmentCheckRepository,
    private readonly team: TeamMemberRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async render(e: EnquiryEntity): Promise<ApplicantResponse> {
    const allowed = allowedTransitions(e.status as FunnelStage, {
      unansweredContactAttempts: e.unansweredContactAttempts,
      minimumContactAttempts: this.clocks.levels.minimumContactAttempts,
    });
    const [history, checks, officer] = await Promise.all([
      this.funnel.history(e.id), this.checks.list(e.id), e.assignedTo ? this.team.find(e.serviceId, e.assignedTo) : null,
    ]);
    return toApplicantResponse(e, allowed, history, checks, this.clocks.now(), officer ? { id: officer.id, name: officer.name } : null);
  }
}

export function milestonesOf(e: EnquiryEntity): FunnelMilestones {
  return {
    enquiredAt: e.createdAt,
    applicationSubmittedAt: e.applicationSubmittedAt,
    checksCompletedAt: e.checksCompletedAt,
    panelDate: e.panelDate,
  };
}
