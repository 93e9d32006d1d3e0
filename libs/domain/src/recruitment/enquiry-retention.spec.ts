import type { FunnelStage } from './funnel';
import { isDueForAnonymisation, neverProgressed, PRE_APPLICATION_STAGES, retentionCutoff, type RetentionFacts } from './enquiry-retention';

const now = new Date('2026-11-20T03:30:00Z');
const facts = (overrides: Partial<RetentionFacts> = {}): RetentionFacts => ({
  stage: 'enquiry-received', closedFromStage: null, applicationSubmittedAt: null,
  lastActivityAt: new Date('2025-11-01T10:00:00Z'), anonymisedAt: null, ...overrides,
});

describe('enquiry retention', () => {
  it('counts the stages before an application as "never progressed"', () => {
    expect(PRE_APPLICATION_STAGES).toEqual(['enquiry-received', 'contacted', 'initial-visit']);
  });

  it.each<[string, boolean, Partial<RetentionFacts>]>([
    ['an enquiry still waiting for first contact', true, { stage: 'enquiry-received' }],
    ['an enquirer contacted but never visited', true, { stage: 'contacted' }],
    ['an enquirer visited who never sent an application', true, { stage: 'initial-visit' }],
    ['an enquiry closed for no contact', true, { stage: 'closed-no-contact', closedFromStage: 'enquiry-received' }],
    ['an enquirer who withdrew before applying', true, { stage: 'withdrawn', closedFromStage: 'initial-visit' }],
    ['an applicant who withdrew during assessment', false, { stage: 'withdrawn', closedFromStage: 'stage-1', applicationSubmittedAt: new Date('2025-01-01') }],
    ['an applicant whose application was sent', false, { stage: 'application-submitted', applicationSubmittedAt: new Date('2025-01-01') }],
    ['an applicant found not suitable', false, { stage: 'not-approved', closedFromStage: 'panel', applicationSubmittedAt: new Date('2025-01-01') }],
    ['an approved foster carer', false, { stage: 'approved', applicationSubmittedAt: new Date('2025-01-01') }],
  ])('%s: never progressed is %s', (_, expected, overrides) => {
    expect(neverProgressed(facts(overrides))).toBe(expected);
  });

  it('anonymises after the retention period has passed since the last activity, and only once', () => {
    expect(isDueForAnonymisation(facts({ lastActivityAt: new Date('2025-11-20T03:29:59Z') }), 12, now)).toBe(true);
    expect(isDueForAnonymisation(facts({ lastActivityAt: new Date('2025-11-20T03:30:00Z') }), 12, now)).toBe(false);
    expect(isDueForAnonymisation(facts({ anonymisedAt: new Date('2026-01-01') }), 12, now)).toBe(false);
    expect(isDueForAnonymisation(facts({ stage: 'stage-2' as FunnelStage, applicationSubmittedAt: new Date('2024-01-01') }), 12, now)).toBe(false);
  });

  it('counts back calendar months, falling back to the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2026-11-20T03:30:00Z'), 12).toISOString()).toBe('2025-11-20T03:30:00.000Z');
    expect(retentionCutoff(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(retentionCutoff(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(retentionCutoff(new Date('2026-01-15T00:00:00Z'), 18).toISOString()).toBe('2024-07-15T00:00:00.000Z');
  });
});
