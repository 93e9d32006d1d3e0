import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { FosteringServiceRepository, NotificationRepository } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';
import { decodeNotificationCursor } from './notification-cursor';
import { toNotificationPage, type NotificationPageResponse } from './notification.responses';
import type { NotificationsQueryDto } from './notifications.query.dto';

const SERVICE_CODE = /^[A-Z0-9-]{2,40}$/;

/**
 * A fostering service's own inbox: the reminders and escalations the workers sent its team.
 * Team messages name the applicant's reference only (never a name or an address), so listing
 * them is not a read of personal data and is not written to the audit trail.
 */
@Injectable()
export class ListServiceInboxUseCase {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly services: FosteringServiceRepository,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(staff: StaffPrincipal, code: string, query: NotificationsQueryDto): Promise<NotificationPageResponse> {
    const after = decodeNotificationCursor(query.cursor);
    const serviceId = await this.visibleServiceId(staff, code);
    const limit = query.limit ?? 25;
    return toNotificationPage(await this.notifications.listTeamInbox(serviceId, { limit: limit + 1, after }), limit);
  }

  /** Another service's inbox is "not found", so whether a service exists is not revealed either. */
  private async visibleServiceId(staff: StaffPrincipal, code: string): Promise<string> {
    const service = SERVICE_CODE.test(code) ? await this.services.findByCode(code) : null;
    const visibility = await this.scope.visibilityFor(staff);
    if (!service || (!visibility.all && visibility.serviceId !== service.id)) {
      throw new DomainError('SERVICE.NOT_FOUND', 'No fostering service with that code');
    }
    return service.id;
  }
}
