import {
  FOLLOW_UP_ROUTES, followUpIdempotencyKey, type FollowUpFacts, type FollowUpMessage, type FollowUpSubject, type FunnelStage,
} from '@app/domain';
import type { FollowUpSubjectRecord, NewNotification } from '@app/persistence';

/** The stored applicant as the follow-up rules see them. */
export function toFollowUpFacts(r: FollowUpSubjectRecord): FollowUpFacts {
  return {
    stage: r.stage as FunnelStage,
    milestones: { enquiredAt: r.enquiredAt, applicationSubmittedAt: r.applicationSubmittedAt, checksCompletedAt: r.checksCompletedAt, panelDate: r.panelDate },
    wantsSms: r.preferredContactMethod === 'sms',
    unansweredContactAttempts: r.unansweredContactAttempts,
    lastUnansweredAttemptAt: r.lastUnansweredAttemptAt,
    application: r.applicationProgressAt ? { lastProgressAt: r.applicationProgressAt, submitted: r.applicationSubmitted === true } : null,
    link: r.linkCreatedAt && r.linkExpiresAt
      ? { sequence: r.linkCount, createdAt: r.linkCreatedAt, expiresAt: r.linkExpiresAt, revoked: r.linkRevoked === true }
      : null,
  };
}

export function toFollowUpSubject(r: FollowUpSubjectRecord): FollowUpSubject {
  return { enquiryId: r.enquiryId, serviceId: r.serviceId, reference: r.reference, firstName: r.firstName, enquiredAt: r.enquiredAt };
}

/**
 * The ledger row of a follow-up message. The address is read from the enquiry now, at send time,
 * and kept only here in PostgreSQL: job payloads carry ids alone.
 */
export function toNotification(message: FollowUpMessage, r: FollowUpSubjectRecord, delivery: 'stored' | 'queued'): NewNotification {
  const address = message.audience === 'team' ? null : FOLLOW_UP_ROUTES[message.kind].channel === 'sms' ? r.phone : r.email;
  return {
    idempotencyKey: followUpIdempotencyKey(r.enquiryId, message.kind, message.sequence),
    channel: message.channel,
    template: message.template,
    recipientKind: message.audience === 'team' ? 'team' : 'applicant',
    recipientId: message.recipientId,
    address,
    personalisation: message.personalisation,
    delivery,
  };
}
