import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { NotificationRepository, TeamMemberRepository } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';
import { decodeNotificationCursor } from '../notifications/notification-cursor';
import { toNotificationPage, type NotificationPageResponse } from '../notifications/notification.responses';
import type { NotificationsQueryDto } from '../notifications/notifications.query.dto';

/**
 * The signed-in person's own inbox: the reminders for the applicants assigned to them and, for a
 * team manager, the escalations. Like the team inbox these name references only, so listing them
 * is not a read of personal data.
 */
@Injectable()
export class ListMyInboxUseCase {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly team: TeamMemberRepository,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(staff: StaffPrincipal, query: NotificationsQueryDto): Promise<NotificationPageResponse> {
    const after = decodeNotificationCursor(query.cursor);
    const visibility = await this.scope.visibilityFor(staff);
    const limit = query.limit ?? 25;
    if (!visibility.all && visibility.serviceId === null) return { items: [], nextCursor: null };
    const memberIds = await this.team.idsForSubject(staff.subject, visibility.all ? null : visibility.serviceId);
    if (memberIds.length === 0) return { items: [], nextCursor: null };
    return toNotificationPage(await this.notifications.listStaffInbox(memberIds, { limit: limit + 1, after }), limit);
  }
}
