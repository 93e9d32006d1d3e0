import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { ApplicantResponse, WorkQueueResponse } from './applicant.responses';
import { GetApplicantUseCase } from './get-applicant.use-case';
import { MoveApplicantRequestDto } from './move-applicant.request.dto';
import { MoveApplicantUseCase } from './move-applicant.use-case';
import { RecordContactAttemptRequestDto } from './record-contact-attempt.request.dto';
import { RecordContactAttemptUseCase } from './record-contact-attempt.use-case';
import { WorkQueueQueryDto } from './work-queue.query.dto';
import { WorkQueueUseCase } from './work-queue.use-case';

/** The recruitment team's funnel: every enquirer is an applicant from the moment they enquire. */
@ApiTags('applicants (recruitment team)')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1/applicants')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class ApplicantsController {
  constructor(
    private readonly workQueue: WorkQueueUseCase,
    private readonly getApplicant: GetApplicantUseCase,
    private readonly moveApplicant: MoveApplicantUseCase,
    private readonly recordContactAttempt: RecordContactAttemptUseCase,
  ) {}

  @Get('work-queue')
  @ApiOkResponse({ type: WorkQueueResponse, description: 'Open applicants, soonest due first (overdue first)' })
  queue(@CurrentStaff() staff: StaffPrincipal, @Query() query: WorkQueueQueryDto): Promise<WorkQueueResponse> {
    return this.workQueue.execute(staff, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicantResponse })
  @ApiNotFoundResponse({ description: "APPLICANT.NOT_FOUND, also for another service's applicant" })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Req() request: FastifyRequest): Promise<ApplicantResponse> {
    return this.getApplicant.execute(staff, id, request.ip ?? null);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicantResponse })
  @ApiConflictResponse({ description: 'APPLICANT.TRANSITION_NOT_ALLOWED (details list what is allowed) or APPLICANT.STALE_VERSION' })
  move(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: MoveApplicantRequestDto): Promise<ApplicantResponse> {
    return this.moveApplicant.execute(staff, id, body);
  }

  @Post(':id/contact-attempts')
  @ApiCreatedResponse({ type: ApplicantResponse })
  contact(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: RecordContactAttemptRequestDto): Promise<ApplicantResponse> {
    return this.recordContactAttempt.execute(staff, id, body);
  }
}
