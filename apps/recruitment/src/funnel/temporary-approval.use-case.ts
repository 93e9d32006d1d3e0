import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import {
  DomainError, extendTemporaryApproval, grantTemporaryApproval, isOpenStage, londonDate, parseCalendarDate, type CalendarDate, type FunnelStage,
} from '@app/domain';
import { ApplicantFunnelRepository, ApplicationRepository, HouseholdRepository, ReferralRepository, UnitOfWork } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import { ApplicantAccess, notFound } from './applicant-access';
import { ApprovedHouseholdService } from './approved-household.service';
import type { GrantTemporaryApprovalRequestDto } from './temporary-approval.request.dto';

export interface TemporaryApprovalResponse {
  readonly householdId: string;
  readonly from: string;
  readonly until: string;
  readonly extended: boolean;
  readonly childIds: string[];
}

const refused = (message: string) => new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', message);

/**
 * The connected-person route: a relative or friend applying for a particular child can be
 * approved temporarily for that child while their assessment goes on, and the match search then
 * offers them (as a connected person, first) for that child only, until the approval ends.
 */
@Injectable()
export class TemporaryApprovalUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly applications: ApplicationRepository,
    private readonly households: HouseholdRepository,
    private readonly referrals: ReferralRepository,
    private readonly approvedHousehold: ApprovedHouseholdService,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async grant(staff: StaffPrincipal, id: string, request: GrantTemporaryApprovalRequestDto): Promise<TemporaryApprovalResponse> {
    const from = request.from ? parseCalendarDate(request.from) : londonDate(this.clocks.now());
    if (!from) throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field: 'from', rule: 'date', message: 'from must be a real date' }]);
    // The applicant first: another service's applicant is 404 before anything is said about the children.
    const serviceId = await this.access.serviceFilterFor(staff, id);
    const applicant = await this.access.find(staff, id);
    if ((await this.referrals.countChildren(request.childIds)) !== request.childIds.length) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field: 'childIds', rule: 'exists', message: 'Each child must be a child in a referral' }]);
    }
    const place = await this.approvedHousehold.placeOf(applicant);
    return this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, id);
      if (!e) throw notFound();
      if (!isOpenStage(e.status as FunnelStage)) throw refused(`The applicant's record is closed (${e.status})`);
      if (!(await this.applications.find(id, em))?.connectedPerson) throw refused('Temporary approval is only for a connected person applying for a particular child');
      const householdId = await this.approvedHousehold.create(em, e, place, request.terms);
      const approval = grantTemporaryApproval(from);
      await this.households.setTemporaryApproval(em, householdId, { ...approval, childIds: request.childIds });
      return { householdId, ...approval, childIds: request.childIds };
    });
  }

  async extend(staff: StaffPrincipal, id: string): Promise<TemporaryApprovalResponse> {
    const applicant = await this.access.find(staff, id);
    return this.unitOfWork.run(async (em) => {
      const household = await this.households.findForEnquiry(em, applicant.id);
      if (!household || household.approvalStatus !== 'temporarily-approved') throw refused('This applicant has no temporary approval to extend');
      const extended = extendTemporaryApproval(
        { from: household.temporaryFrom as CalendarDate, until: household.temporaryUntil as CalendarDate, extended: household.temporaryExtended },
        londonDate(this.clocks.now()),
      );
      await this.households.setTemporaryApproval(em, household.id, { ...extended, childIds: household.childIds });
      return { householdId: household.id, ...extended, childIds: household.childIds };
    });
  }
}
