import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { isUniqueViolation, TEAM_MEMBER_SUBJECT_CONSTRAINT, TeamMemberRepository, UnitOfWork } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';
import type { AddTeamMemberRequestDto, UpdateTeamMemberRequestDto } from './team-member.request.dto';
import { toTeamMemberResponse, type TeamMemberResponse, type TeamResponse } from './team-member.responses';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A service's recruitment team: who its officers are and who manages it. The team can read its
 * own roster (to assign applicants); only administrators change it, as they set up sign-in.
 */
@Injectable()
export class ManageTeamUseCase {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly unitOfWork: UnitOfWork,
    private readonly team: TeamMemberRepository,
  ) {}

  async list(staff: StaffPrincipal, code: string): Promise<TeamResponse> {
    const serviceId = await this.scope.visibleServiceId(staff, code);
    return { items: (await this.team.listForService(serviceId)).map(toTeamMemberResponse) };
  }

  async add(staff: StaffPrincipal, code: string, request: AddTeamMemberRequestDto): Promise<TeamMemberResponse> {
    const serviceId = await this.scope.visibleServiceId(staff, code);
    try {
      const added = await this.unitOfWork.run((em) => this.team.add(em, serviceId, { ...request, manager: request.manager ?? false }));
      return toTeamMemberResponse(added);
    } catch (error) {
      if (isUniqueViolation(error, TEAM_MEMBER_SUBJECT_CONSTRAINT)) {
        throw new DomainError('TEAM.MEMBER_ALREADY_EXISTS', 'That person is already in this team: change their entry instead');
      }
      throw error;
    }
  }

  async update(staff: StaffPrincipal, code: string, memberId: string, request: UpdateTeamMemberRequestDto): Promise<TeamMemberResponse> {
    const serviceId = await this.scope.visibleServiceId(staff, code);
    const updated = UUID.test(memberId) ? await this.unitOfWork.run((em) => this.team.update(em, serviceId, memberId, request)) : null;
    if (!updated) throw new DomainError('TEAM.MEMBER_NOT_FOUND', 'No member of this team with that id');
    return toTeamMemberResponse(updated);
  }
}
