import { allowedTransitions, CLOSED_STAGES, OPEN_STAGES, transition, type FunnelStage } from './funnel';

const noAttempts = { unansweredContactAttempts: 0, minimumContactAttempts: 2 };
const twoAttempts = { unansweredContactAttempts: 2, minimumContactAttempts: 2 };
const ALL: FunnelStage[] = [...OPEN_STAGES, ...CLOSED_STAGES];

describe('the recruitment funnel', () => {
  it.each([
    ['enquiry-received', ['contacted', 'withdrawn']],
    ['contacted', ['initial-visit', 'withdrawn']],
    ['initial-visit', ['application-submitted', 'withdrawn']],
    ['application-submitted', ['stage-1', 'withdrawn']],
    ['stage-1', ['stage-2', 'withdrawn', 'not-approved']],
    ['stage-2', ['panel', 'withdrawn', 'not-approved']],
    ['panel', ['approved', 'withdrawn', 'not-approved']],
    ['approved', []],
    ['withdrawn', []],
    ['not-approved', []],
    ['closed-no-contact', []],
  ] as const)('from %s allows exactly %j', (from, allowed) => {
    expect(allowedTransitions(from, noAttempts)).toEqual(allowed);
    for (const to of ALL) {
      expect(transition(from, to, noAttempts).ok).toBe((allowed as readonly string[]).includes(to));
    }
  });

  it('closes for no contact only after two recorded attempts', () => {
    expect(transition('enquiry-received', 'closed-no-contact', { ...noAttempts, unansweredContactAttempts: 1 })).toEqual({
      ok: false,
      allowed: ['contacted', 'withdrawn'],
      reason: 'Record at least 2 contact attempts before closing for no contact',
    });
    expect(transition('enquiry-received', 'closed-no-contact', twoAttempts)).toEqual({ ok: true, to: 'closed-no-contact' });
  });

  it('never closes for no contact once contact was made', () => {
    expect(transition('contacted', 'closed-no-contact', twoAttempts).ok).toBe(false);
  });

  it('explains a refusal and lists what is allowed', () => {
    expect(transition('contacted', 'panel', noAttempts)).toEqual({
      ok: false, allowed: ['initial-visit', 'withdrawn'], reason: 'An applicant at contacted cannot move to panel',
    });
    expect(transition('approved', 'withdrawn', noAttempts)).toEqual({ ok: false, allowed: [], reason: "The applicant's record is closed (approved)" });
  });
});
