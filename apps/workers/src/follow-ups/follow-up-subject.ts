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
  return {
    enquiryId: r.enquiryId, serviceId: r.serviceId, assignedOfficerId: r.assignedOfficerId, teamManagerId: r.teamManagerId,
    reference: r.reference, firstName: r.firstName, enquiredAt: r.enquiredAt,
  };
}

/** The address read now, at send time: the applicant's own, or the work address of the officer or manager named. */
function addressFor(message: FollowUpMessage, r: FollowUpSubjectRecord): string | null {
  switch (message.recipientKind) {
    case 'applicant': return FOLLOW_UP_ROUTES[message.kind].channel === 'sms' ? r.phone : r.email;
    case 'staff': return message.recipientId === r.assignedOfficerId ? r.assignedOfficerEmail : r.teamManagerEmail;
    case 'team': return null;
  }
}

/**
 * The ledger row of a follow-up message. The address is kept only here in PostgreSQL: job
 * payloads carry ids alone.
 */
export function toNotification(message: FollowUpMessage, r: FollowUpSubjectRecord, delivery: 'stored' | 'queued'): NewNotification {
  const address = addressFor(message, r);
  return {
    idempotencyKey: followUpIdempotencyKey(r.enquiryId, message.kind, message.sequence),
    channel: message.channel,
    template: message.template,
    recipientKind: message.recipientKind,
    recipientId: message.recipientId,
    address,
    personalisation: message.personalisation,
    delivery,
  };
}
