import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { withholdSecrets } from '@app/domain';
import type { ListedNotification } from '@app/persistence';
import { encodeNotificationCursor } from './notification-cursor';

export class NotificationResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'When the message was recorded (and, with the local notifier, delivered)' }) sentAt: string;
  @ApiProperty({ enum: ['applicant', 'staff', 'team'], description: 'staff: one named officer or the team manager' }) audience: string;
  @ApiProperty({ enum: ['email', 'sms'] }) channel: string;
  @ApiProperty({ example: 'first-contact-reminder' }) template: string;
  @ApiProperty({ enum: ['stored', 'queued', 'sending', 'delivered', 'failed', 'unknown'] }) delivery: string;
  @ApiPropertyOptional({ nullable: true, description: 'The applicant the message is about' }) applicantId: string | null;
  @ApiPropertyOptional({ nullable: true, description: "The applicant's address or number; null for team messages and after erasure" })
  address: string | null;
  @ApiProperty({ description: 'The values filled into the template; a working application link is withheld' }) personalisation: Record<string, string>;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page' }) nextCursor: string | null;
}

function toNotificationResponse(n: ListedNotification): NotificationResponse {
  return {
    id: n.id, sentAt: n.createdAt.toISOString(), audience: n.recipientKind, channel: n.channel, template: n.template,
    delivery: n.delivery, applicantId: n.enquiryId, address: n.address, personalisation: withholdSecrets(n.personalisation),
  };
}

/** `rows` holds one more than the page when there is a next page (asked for limit + 1). */
export function toNotificationPage(rows: readonly ListedNotification[], limit: number): NotificationPageResponse {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toNotificationResponse), nextCursor: rows.length > limit && last ? encodeNotificationCursor(last.cursorAt, last.id) : null };
}
