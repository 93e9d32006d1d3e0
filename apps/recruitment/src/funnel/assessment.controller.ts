import { Body, Controller, HttpCode, Param, Patch, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { ApplicantResponse } from './applicant.responses';
import { RecordCheckRequestDto, RecordPanelRequestDto, UpdateCheckRequestDto } from './assessment.request.dto';
import { RecordAssessmentUseCase } from './record-assessment.use-case';
import { GrantTemporaryApprovalRequestDto } from './temporary-approval.request.dto';
import { TemporaryApprovalUseCase, type TemporaryApprovalResponse } from './temporary-approval.use-case';

/** Stage 1 checks and the fostering panel, as the assessing team records them. */
@ApiTags('applicants (recruitment team)')
@ApiBearerAuth('staff')
@ApiConflictResponse({ description: 'APPLICANT.TRANSITION_NOT_ALLOWED: checks are recorded in stage 1, the panel at panel' })
@Controller('api/v1/applicants/:id')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class AssessmentController {
  constructor(
    private readonly assessment: RecordAssessmentUseCase,
    private readonly temporaryApproval: TemporaryApprovalUseCase,
  ) {}

  @Post('temporary-approval')
  @ApiOkResponse({ description: 'A connected person approved for the named children for 16 weeks (reg 24)' })
  grantTemporary(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: GrantTemporaryApprovalRequestDto): Promise<TemporaryApprovalResponse> {
    return this.temporaryApproval.grant(staff, id, body);
  }

  @Post('temporary-approval/extension')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The one 8-week extension (reg 25)' })
  extendTemporary(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<TemporaryApprovalResponse> {
    return this.temporaryApproval.extend(staff, id);
  }

  @Post('checks')
  @ApiOkResponse({ type: ApplicantResponse })
  addCheck(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: RecordCheckRequestDto): Promise<ApplicantResponse> {
    return this.assessment.addCheck(staff, id, body);
  }

  @Patch('checks/:checkId')
  @ApiOkResponse({ type: ApplicantResponse })
  updateCheck(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Param('checkId') checkId: string, @Body() body: UpdateCheckRequestDto): Promise<ApplicantResponse> {
    return this.assessment.updateCheck(staff, id, checkId, body);
  }

  @Put('panel')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicantResponse })
  recordPanel(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: RecordPanelRequestDto): Promise<ApplicantResponse> {
    return this.assessment.recordPanel(staff, id, body);
  }
}
