import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { hashLinkToken, linkTokenFromBytes, looksLikeLinkToken } from './application-link-token';
import { DEFAULT_SERVICE_LEVELS } from '../recruitment/service-levels';
import { decideFollowUp } from './decide-follow-up';
import { DEFAULT_FOLLOW_UP_TIMINGS, policyFingerprint, type FollowUpFacts, type FollowUpPolicy } from './follow-up-facts';
import { FOLLOW_UP_KINDS } from './follow-up-kind';
import { composeFollowUpMessage } from './follow-up-message';
import { teamRecipientFor } from './team-recipient';
import { planFollowUps } from './plan-follow-ups';

const policy: FollowUpPolicy = { levels: DEFAULT_SERVICE_LEVELS, calendar: new WorkingDayCalendar(), ...DEFAULT_FOLLOW_UP_TIMINGS };
// Monday 23 November 2026, 10:00 London (GMT).
const enquiredAt = new Date('2026-11-23T10:00:00Z');

function facts(overrides: Partial<FollowUpFacts> = {}): FollowUpFacts {
  return {
    stage: 'enquiry-received',
    milestones: { enquiredAt, applicationSubmittedAt: null, checksCompletedAt: null, panelDate: null },
    wantsSms: false,
    unansweredContactAttempts: 0,
    lastUnansweredAttemptAt: null,
    application: null,
    link: null,
    ...overrides,
  };
}

const planOf = (f: FollowUpFacts, p: FollowUpPolicy = policy) =>
  planFollowUps(f, p).map((x) => `${x.kind}#${x.sequence}@${x.dueAt.toISOString()}`);

describe('planFollowUps', () => {
  it('acknowledges a new enquiry at once, reminds the team on the morning first contact is due, and escalates when it is overdue', () => {
    expect(planOf(facts())).toEqual([
      'acknowledge-email#1@2026-11-23T10:00:00.000Z',
      'first-contact-reminder#1@2026-11-24T09:00:00.000Z',
      'first-contact-escalation#1@2026-11-25T00:00:00.000Z',
    ]);
  });

  it('also acknowledges by text message when the enquirer chose SMS', () => {
    expect(planOf(facts({ wantsSms: true }))).toContain('acknowledge-sms#1@2026-11-23T10:00:00.000Z');
  });

  it('counts first contact on working days: a Christmas Eve enquiry is chased on 29 December', () => {
    const eve = new Date('2026-12-24T15:00:00Z');
    const plan = planOf(facts({ milestones: { enquiredAt: eve, applicationSubmittedAt: null, checksCompletedAt: null, panelDate: null } }));
    expect(plan).toContain('first-contact-reminder#1@2026-12-29T09:00:00.000Z');
    expect(plan).toContain('first-contact-escalation#1@2026-12-30T00:00:00.000Z');
  });

  it('follows the configured service levels: two working days to first contact moves the reminder and escalation', () => {
    const slower = { ...policy, levels: { ...policy.levels, firstContactWorkingDays: 2 } };
    expect(planOf(facts(), slower)).toContain('first-contact-escalation#1@2026-11-26T00:00:00.000Z');
    expect(policyFingerprint(slower)).not.toBe(policyFingerprint(policy));
  });

  it('after an unanswered attempt, schedules the next attempt for the next working morning', () => {
    const friday = new Date('2026-11-27T16:00:00Z');
    expect(planOf(facts({ unansweredContactAttempts: 1, lastUnansweredAttemptAt: friday }))).toContain('next-contact-attempt#1@2026-11-30T09:00:00.000Z');
  });

  it('stops chasing attempts once the minimum has been made', () => {
    expect(planOf(facts({ unansweredContactAttempts: 2, lastUnansweredAttemptAt: enquiredAt })).some((p) => p.startsWith('next-contact'))).toBe(false);
  });

  it('nudges a stalled application 7 and 14 days after its last progress and warns the team 3 days before the link expires', () => {
    const linkAt = new Date('2026-12-01T10:00:00Z');
    const plan = planOf(facts({
      stage: 'initial-visit',
      link: { sequence: 2, createdAt: linkAt, expiresAt: new Date('2026-12-29T10:00:00Z'), revoked: false },
      application: { lastProgressAt: new Date('2026-12-03T12:00:00Z'), submitted: false },
    }));
    expect(plan.filter((p) => !p.startsWith('acknowledge'))).toEqual([
      'application-stalled#1@2026-12-10T12:00:00.000Z',
      'application-stalled#2@2026-12-17T12:00:00.000Z',
      'application-link-expiring#2@2026-12-26T10:00:00.000Z',
    ]);
  });

  it('warns before the stage 1 decision and the panel deadlines, and before the decision once panel has sat', () => {
    const milestones = { enquiredAt, applicationSubmittedAt: new Date('2027-01-11T10:00:00Z'), checksCompletedAt: new Date('2027-02-01T10:00:00Z'), panelDate: null };
    expect(planOf(facts({ stage: 'stage-1', milestones }))).toEqual(expect.arrayContaining([
      'stage-1-decision-warning#1@2027-02-14T00:00:00.000Z',
      'panel-warning#1@2027-08-28T23:00:00.000Z',
    ]));
    const panel = planOf(facts({ stage: 'panel', milestones: { ...milestones, panelDate: new Date('2027-06-01T10:00:00Z') } }));
    expect(panel).toContain('decision-warning#1@2027-06-08T23:00:00.000Z');
    expect(panel.some((p) => p.startsWith('panel-warning'))).toBe(false);
  });

  it('plans nothing for a closed record', () => {
    expect(planFollowUps(facts({ stage: 'withdrawn' }), policy)).toEqual([]);
  });
});

describe('decideFollowUp', () => {
  const dueNow = new Date('2026-11-25T00:00:01Z');
  it.each([
    ['sends an overdue escalation for an enquirer nobody has reached', facts(), 'first-contact-escalation', 1, { action: 'send' }],
    ['skips the escalation once contact was made', facts({ stage: 'contacted' }), 'first-contact-escalation', 1, { action: 'skip', reason: 'contact-made' }],
    ['skips everything for a withdrawn applicant', facts({ stage: 'withdrawn' }), 'first-contact-reminder', 1, { action: 'skip', reason: 'applicant-withdrawn' }],
    ['skips an attempt reminder superseded by a later attempt', facts({ unansweredContactAttempts: 2, lastUnansweredAttemptAt: enquiredAt }), 'next-contact-attempt', 1,
      { action: 'skip', reason: 'attempt-superseded' }],
    ['skips a stalled-application nudge once the application is submitted',
      facts({ stage: 'application-submitted', milestones: { enquiredAt, applicationSubmittedAt: enquiredAt, checksCompletedAt: null, panelDate: null } }),
      'application-stalled', 1, { action: 'skip', reason: 'application-submitted' }],
  ] as const)('%s', (_, f, kind, sequence, expected) => {
    expect(decideFollowUp({ kind, sequence }, f, policy, dueNow)).toEqual(expected);
  });

  it('waits when progress moved the nudge later', () => {
    const link = { sequence: 1, createdAt: new Date('2026-12-01T10:00:00Z'), expiresAt: new Date('2026-12-29T10:00:00Z'), revoked: false };
    const f = facts({ stage: 'initial-visit', link, application: { lastProgressAt: new Date('2026-12-07T10:00:00Z'), submitted: false } });
    expect(decideFollowUp({ kind: 'application-stalled', sequence: 1 }, f, policy, new Date('2026-12-08T10:00:00Z')))
      .toEqual({ action: 'wait', dueAt: new Date('2026-12-14T10:00:00Z') });
  });
});

describe('composeFollowUpMessage', () => {
  const subject = { enquiryId: 'e-1', serviceId: 's-1', assignedOfficerId: null, teamManagerId: null, reference: 'HRT-ABCD-1234', firstName: 'Sam', enquiredAt };
  it('tells the enquirer their reference and when they will be contacted', () => {
    const message = composeFollowUpMessage({ kind: 'acknowledge-email', sequence: 1, dueAt: enquiredAt }, subject, policy);
    expect(message).toMatchObject({ channel: 'email', audience: 'applicant', recipientId: 'e-1' });
    expect(message.personalisation).toEqual({
      first_name: 'Sam', reference: 'HRT-ABCD-1234', next_steps: 'A member of our fostering team will contact you by Tuesday 24 November 2026.',
    });
  });

  it('addresses team reminders to the service, naming only the reference', () => {
    const message = composeFollowUpMessage({ kind: 'first-contact-escalation', sequence: 1, dueAt: new Date('2026-11-25T00:00:00Z') }, subject, policy);
    expect(message).toMatchObject({ audience: 'team', recipientKind: 'team', recipientId: 's-1', personalisation: { reference: 'HRT-ABCD-1234', due_date: '2026-11-25' } });
    expect(JSON.stringify(message)).not.toContain('Sam');
  });

  it('reminds the assigned officer and escalates to the team manager, not to the shared inbox', () => {
    const named = { ...subject, assignedOfficerId: 'officer-1', teamManagerId: 'manager-1' };
    const due = { sequence: 1, dueAt: new Date('2026-11-24T09:00:00Z') };
    expect(composeFollowUpMessage({ kind: 'first-contact-reminder', ...due }, named, policy)).toMatchObject({ recipientKind: 'staff', recipientId: 'officer-1' });
    expect(composeFollowUpMessage({ kind: 'next-contact-attempt', ...due }, named, policy)).toMatchObject({ recipientKind: 'staff', recipientId: 'officer-1' });
    expect(composeFollowUpMessage({ kind: 'panel-warning', ...due }, named, policy)).toMatchObject({ recipientKind: 'staff', recipientId: 'officer-1' });
    expect(composeFollowUpMessage({ kind: 'first-contact-escalation', ...due }, named, policy)).toMatchObject({ recipientKind: 'staff', recipientId: 'manager-1' });
    // The applicant's own messages are never redirected.
    expect(composeFollowUpMessage({ kind: 'acknowledge-email', ...due }, named, policy)).toMatchObject({ recipientKind: 'applicant', recipientId: 'e-1' });
  });
});

describe('teamRecipientFor', () => {
  const routing = (officer: string | null, manager: string | null) => ({ serviceId: 's-1', assignedOfficerId: officer, teamManagerId: manager });
  it('falls back to the service inbox when no officer is assigned or no manager is named', () => {
    expect(teamRecipientFor('first-contact-reminder', routing(null, 'manager-1'))).toEqual({ kind: 'team', id: 's-1' });
    expect(teamRecipientFor('first-contact-escalation', routing('officer-1', null))).toEqual({ kind: 'team', id: 's-1' });
  });

  it('never sends an escalation back to the officer it is about', () => {
    for (const kind of FOLLOW_UP_KINDS) {
      const to = teamRecipientFor(kind, routing('officer-1', 'manager-1'));
      if (kind === 'first-contact-escalation') expect(to).toEqual({ kind: 'staff', id: 'manager-1', as: 'manager' });
      else expect(to).toEqual({ kind: 'staff', id: 'officer-1', as: 'officer' });
    }
  });
});

describe('application link tokens', () => {
  it('makes a 43-character token from 32 bytes and stores only its SHA-256 hash, as the recruitment app does', () => {
    const token = linkTokenFromBytes(new Uint8Array(32).fill(7));
    expect(looksLikeLinkToken(token)).toBe(true);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => linkTokenFromBytes(new Uint8Array(8))).toThrow();
  });
});
