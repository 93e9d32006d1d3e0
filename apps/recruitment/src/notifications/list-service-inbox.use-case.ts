import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { NotificationRepository } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';
import { decodeNotificationCursor } from './notification-cursor';
import { toNotificationPage, type NotificationPageResponse } from './notification.responses';
import type { NotificationsQueryDto } from './notifications.query.dto';

/**
 * A fostering service's own inbox: the reminders and escalations the workers sent its team.
 * Team messages name the applicant's reference only (never a name or an address), so listing
 * them is not a read of personal data and is not written to the audit trail.
 */
@Injectable()
export class ListServiceInboxUseCase {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(staff: StaffPrincipal, code: string, query: NotificationsQueryDto): Promise<NotificationPageResponse> {
    const after = decodeNotificationCursor(query.cursor);
    const serviceId = await this.scope.visibleServiceId(staff, code);
    const limit = query.limit ?? 25;
    return toNotificationPage(await this.notifications.listTeamInbox(serviceId, { limit: limit + 1, after }), limit);
  }
}
