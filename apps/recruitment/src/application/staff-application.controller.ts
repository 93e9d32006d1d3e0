import { Controller, Delete, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { IssueApplicationLinkUseCase, type IssuedApplicationLink } from './issue-application-link.use-case';
import { RevokeApplicationLinkUseCase } from './revoke-application-link.use-case';

@ApiTags('applicants (recruitment team)')
@ApiBearerAuth('staff')
@Controller('api/v1/applicants/:id/application-link')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class StaffApplicationController {
  constructor(
    private readonly issue: IssueApplicationLinkUseCase,
    private readonly revoke: RevokeApplicationLinkUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'The link, shown once: send it to the applicant. Replaces any earlier link.' })
  @ApiConflictResponse({ description: 'APPLICANT.TRANSITION_NOT_ALLOWED: links are given after the initial visit' })
  create(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<IssuedApplicationLink> {
    return this.issue.execute(staff, id);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every link of this applicant now opens nothing' })
  remove(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<void> {
    return this.revoke.execute(staff, id);
  }
}
