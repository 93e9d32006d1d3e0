import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags,
  ApiUnauthorizedResponse, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { ApplicantResponse } from '../funnel/applicant.responses';
import { NotificationPageResponse } from '../notifications/notification.responses';
import { NotificationsQueryDto } from '../notifications/notifications.query.dto';
import { AssignApplicantUseCase } from './assign-applicant.use-case';
import { ListMyInboxUseCase } from './list-my-inbox.use-case';
import { ManageTeamUseCase } from './manage-team.use-case';
import { AddTeamMemberRequestDto, AssignApplicantRequestDto, UpdateTeamMemberRequestDto } from './team-member.request.dto';
import { TeamMemberResponse, TeamResponse } from './team-member.responses';

/** Recruitment teams: who is in each, who manages it, and which officer follows each applicant up. */
@ApiTags('recruitment teams')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class TeamController {
  constructor(
    private readonly team: ManageTeamUseCase,
    private readonly assignment: AssignApplicantUseCase,
    private readonly myInbox: ListMyInboxUseCase,
  ) {}

  @Get('services/:code/team')
  @ApiOkResponse({ type: TeamResponse })
  @ApiNotFoundResponse({ description: 'SERVICE.NOT_FOUND, also for another service' })
  list(@CurrentStaff() staff: StaffPrincipal, @Param('code') code: string): Promise<TeamResponse> {
    return this.team.list(staff, code);
  }

  @Post('services/:code/team')
  @AllowRoles('admin')
  @ApiCreatedResponse({ type: TeamMemberResponse })
  @ApiConflictResponse({ description: 'TEAM.MEMBER_ALREADY_EXISTS' })
  add(@CurrentStaff() staff: StaffPrincipal, @Param('code') code: string, @Body() body: AddTeamMemberRequestDto): Promise<TeamMemberResponse> {
    return this.team.add(staff, code, body);
  }

  @Patch('services/:code/team/:memberId')
  @AllowRoles('admin')
  @ApiOkResponse({ type: TeamMemberResponse })
  @ApiNotFoundResponse({ description: 'SERVICE.NOT_FOUND or TEAM.MEMBER_NOT_FOUND' })
  update(
    @CurrentStaff() staff: StaffPrincipal, @Param('code') code: string, @Param('memberId') memberId: string, @Body() body: UpdateTeamMemberRequestDto,
  ): Promise<TeamMemberResponse> {
    return this.team.update(staff, code, memberId, body);
  }

  @Put('applicants/:id/assignment')
  @ApiOkResponse({ type: ApplicantResponse, description: 'The applicant, with assignedTo set' })
  @ApiNotFoundResponse({ description: "APPLICANT.NOT_FOUND, also for another service's applicant" })
  @ApiUnprocessableEntityResponse({ description: 'ASSIGNMENT.NOT_IN_TEAM' })
  assign(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: AssignApplicantRequestDto): Promise<ApplicantResponse> {
    return this.assignment.assign(staff, id, body.teamMemberId);
  }

  @Delete('applicants/:id/assignment')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicantResponse, description: 'The applicant, back with the whole team' })
  @ApiNotFoundResponse({ description: "APPLICANT.NOT_FOUND, also for another service's applicant" })
  unassign(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<ApplicantResponse> {
    return this.assignment.assign(staff, id, null);
  }

  @Get('me/notifications')
  @ApiOkResponse({ type: NotificationPageResponse, description: 'Reminders for the applicants assigned to you and, for a manager, escalations; newest first' })
  mine(@CurrentStaff() staff: StaffPrincipal, @Query() query: NotificationsQueryDto): Promise<NotificationPageResponse> {
    return this.myInbox.execute(staff, query);
  }
}
