/**
 * Every follow-up the workers make sure happens, who it is for and how it goes. Applicants hear
 * from us by the channel they chose; the recruitment team (the assigned service) by email.
 */
export const FOLLOW_UP_KINDS = [
  'acknowledge-email',
  'acknowledge-sms',
  'first-contact-reminder',
  'first-contact-escalation',
  'next-contact-attempt',
  'application-stalled',
  'application-link-expiring',
  'stage-1-decision-warning',
  'panel-warning',
  'decision-warning',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export type FollowUpAudience = 'applicant' | 'team';
export type NotificationChannel = 'email' | 'sms';

export const FOLLOW_UP_ROUTES: Record<FollowUpKind, { readonly audience: FollowUpAudience; readonly channel: NotificationChannel }> = {
  'acknowledge-email': { audience: 'applicant', channel: 'email' },
  'acknowledge-sms': { audience: 'applicant', channel: 'sms' },
  'first-contact-reminder': { audience: 'team', channel: 'email' },
  'first-contact-escalation': { audience: 'team', channel: 'email' },
  'next-contact-attempt': { audience: 'team', channel: 'email' },
  'application-stalled': { audience: 'applicant', channel: 'email' },
  'application-link-expiring': { audience: 'team', channel: 'email' },
  'stage-1-decision-warning': { audience: 'team', channel: 'email' },
  'panel-warning': { audience: 'team', channel: 'email' },
  'decision-warning': { audience: 'team', channel: 'email' },
};

/** Sent at once, by the job that plans an enquiry's follow-ups. */
export const IMMEDIATE_KINDS: readonly FollowUpKind[] = ['acknowledge-email', 'acknowledge-sms'];

/** Why a follow-up that came due did nothing: recorded on it, so a manager can see it was not forgotten. */
export const SKIP_REASONS = [
  'record-closed',
  'applicant-withdrawn',
  'contact-made',
  'attempt-superseded',
  'minimum-attempts-made',
  'application-submitted',
  'link-replaced',
  'deadline-met',
  'moved-on',
  // Set by the retention job, not by the rules: the enquiry was anonymised, so there is no one to write to.
  'anonymised',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export function isFollowUpKind(value: string): value is FollowUpKind {
  return (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

/**
 * The key that makes a follow-up's message unique: one enquiry, one kind, one sequence number.
 * The notification table refuses a second row with the same key, so a retried job cannot send twice.
 */
export function followUpIdempotencyKey(enquiryId: string, kind: FollowUpKind, sequence: number): string {
  return `${enquiryId}.${kind}.${sequence}`;
}
