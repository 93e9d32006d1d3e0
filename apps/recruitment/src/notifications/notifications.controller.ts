import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { ListApplicantNotificationsUseCase } from './list-applicant-notifications.use-case';
import { ListServiceInboxUseCase } from './list-service-inbox.use-case';
import { NotificationPageResponse } from './notification.responses';
import { NotificationsQueryDto } from './notifications.query.dto';

/** The messages the workers sent (the local notifier's ledger, or what went through GOV.UK Notify). */
@ApiTags('notifications (recruitment team)')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class NotificationsController {
  constructor(
    private readonly applicantNotifications: ListApplicantNotificationsUseCase,
    private readonly serviceInbox: ListServiceInboxUseCase,
  ) {}

  @Get('applicants/:id/notifications')
  @ApiOkResponse({ type: NotificationPageResponse, description: 'Messages to the applicant and the team\'s about them, newest first' })
  @ApiNotFoundResponse({ description: "APPLICANT.NOT_FOUND, also for another service's applicant" })
  forApplicant(
    @CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Query() query: NotificationsQueryDto, @Req() request: FastifyRequest,
  ): Promise<NotificationPageResponse> {
    return this.applicantNotifications.execute(staff, id, query, request.ip ?? null);
  }

  @Get('services/:code/notifications')
  @ApiOkResponse({ type: NotificationPageResponse, description: "The service's inbox: reminders and escalations to its team, newest first" })
  @ApiNotFoundResponse({ description: 'SERVICE.NOT_FOUND, also for another service' })
  forService(@CurrentStaff() staff: StaffPrincipal, @Param('code') code: string, @Query() query: NotificationsQueryDto): Promise<NotificationPageResponse> {
    return this.serviceInbox.execute(staff, code, query);
  }
}
