import { londonDate } from '../calendar/calendar-date';
import type { FollowUpPolicy } from './follow-up-facts';
import { FOLLOW_UP_ROUTES, type FollowUpAudience, type FollowUpKind, type NotificationChannel } from './follow-up-kind';
import { teamRecipientFor, type TeamRouting } from './team-recipient';

/** Who a message is about and to whom it goes; the address itself is looked up when it is sent. */
export interface FollowUpSubject extends TeamRouting {
  readonly enquiryId: string;
  readonly reference: string;
  readonly firstName: string;
  readonly enquiredAt: Date;
}

/** A message ready to record: its template name and the values filled into it. */
export interface FollowUpMessage {
  readonly kind: FollowUpKind;
  readonly sequence: number;
  readonly template: FollowUpKind;
  readonly channel: NotificationChannel;
  readonly audience: FollowUpAudience;
  /** The applicant; one member of the team (their officer or the manager); or the service's shared inbox. */
  readonly recipientKind: 'applicant' | 'staff' | 'team';
  /** The applicant's enquiry id, the team member's id, or the service's id. */
  readonly recipientId: string;
  readonly personalisation: Record<string, string>;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** GOV.UK style: "Tuesday 24 November 2026", no comma. */
function longDate(instant: Date): string {
  const part = (type: string) => LONG_DATE.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

const TEAM_TEXT: Partial<Record<FollowUpKind, string>> = {
  'first-contact-reminder': 'First contact with this enquirer is due today',
  'first-contact-escalation': 'First contact with this enquirer is overdue',
  'next-contact-attempt': 'An earlier contact attempt went unanswered: try again today',
  'application-link-expiring': 'This applicant\'s application link expires soon and the application is not submitted',
  'stage-1-decision-warning': 'The stage 1 decision is due soon',
  'panel-warning': 'The fostering panel deadline is approaching',
  'decision-warning': 'The decision after panel is due soon',
};

/**
 * The words of a follow-up. Applicants get their reference and what happens next; team messages
 * name the reference only, so a forwarded reminder carries no personal details, and go to the
 * person who must act (teamRecipientFor).
 */
export function composeFollowUpMessage(
  followUp: { readonly kind: FollowUpKind; readonly sequence: number; readonly dueAt: Date },
  subject: FollowUpSubject, policy: FollowUpPolicy,
): FollowUpMessage {
  const route = FOLLOW_UP_ROUTES[followUp.kind];
  const base = { kind: followUp.kind, sequence: followUp.sequence, template: followUp.kind, channel: route.channel, audience: route.audience };
  if (route.audience === 'team') {
    const recipient = teamRecipientFor(followUp.kind, subject);
    return {
      ...base, recipientKind: recipient.kind, recipientId: recipient.id,
      personalisation: { reference: subject.reference, what: TEAM_TEXT[followUp.kind] ?? followUp.kind, due_date: londonDate(followUp.dueAt) },
    };
  }
  const contactBy = policy.calendar.dueBy(subject.enquiredAt, policy.levels.firstContactWorkingDays);
  const nextSteps = followUp.kind === 'application-stalled'
    ? 'Your application is saved. Use your link to carry on where you left off, or ask us for a new one.'
    : `A member of our fostering team will contact you by ${longDate(new Date(contactBy.getTime() - 1))}.`;
  return {
    ...base, recipientKind: 'applicant', recipientId: subject.enquiryId,
    personalisation: { first_name: subject.firstName, reference: subject.reference, next_steps: nextSteps },
  };
}
