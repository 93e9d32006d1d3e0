import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { AuditTrailRepository, NotificationRepository } from '@app/persistence';
import { ApplicantAccess } from '../funnel/applicant-access';
import { decodeNotificationCursor } from './notification-cursor';
import { toNotificationPage, type NotificationPageResponse } from './notification.responses';
import type { NotificationsQueryDto } from './notifications.query.dto';

/**
 * The messages sent to one applicant of the officer's own service, and the team's about them,
 * newest first. Another service's applicant is 404, like every applicant read.
 */
@Injectable()
export class ListApplicantNotificationsUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly notifications: NotificationRepository,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, query: NotificationsQueryDto, clientIp: string | null): Promise<NotificationPageResponse> {
    const after = decodeNotificationCursor(query.cursor);
    const applicant = await this.access.find(staff, id);
    // The messages hold the applicant's name and address: reading them is a read of their personal data.
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'applicant', entityId: applicant.id, clientIp });
    const limit = query.limit ?? 25;
    return toNotificationPage(await this.notifications.listAboutEnquiry(applicant.id, { limit: limit + 1, after }), limit);
  }
}
