import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { ApplicantFunnelRepository, TeamMemberRepository, UnitOfWork } from '@app/persistence';
import { ApplicantAccess, notFound } from '../funnel/applicant-access';
import { ApplicantView } from '../funnel/applicant-view';
import type { ApplicantResponse } from '../funnel/applicant.responses';

/**
 * Names the officer who follows an applicant up, or hands them back to the whole team. The
 * workers read the assignment when a reminder comes due, so nothing needs rescheduling: the next
 * reminder simply goes to whoever is assigned then.
 */
@Injectable()
export class AssignApplicantUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly team: TeamMemberRepository,
    private readonly view: ApplicantView,
  ) {}

  async assign(staff: StaffPrincipal, applicantId: string, teamMemberId: string | null): Promise<ApplicantResponse> {
    const serviceId = await this.access.serviceFilterFor(staff, applicantId);
    const applicant = await this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, applicantId);
      if (!e) throw notFound();
      const member = teamMemberId === null ? null : await this.team.find(e.serviceId, teamMemberId, em);
      if (teamMemberId !== null && !member?.active) throw notInTeam();
      await this.team.assign(em, e.id, member?.id ?? null);
      return { ...e, assignedTo: member?.id ?? null, assignedAt: member ? new Date() : null };
    });
    return this.view.render(applicant);
  }
}

/** Someone of another team, or who has left, cannot be given the applicant. */
function notInTeam(): DomainError {
  return new DomainError('ASSIGNMENT.NOT_IN_TEAM', 'The applicant can only be assigned to an active member of their service’s team', [
    { field: 'teamMemberId', rule: 'team', message: 'teamMemberId must be an active member of this applicant’s team' },
  ]);
}
