/**
 * The recruitment funnel, from enquiry to approval, as a state machine. Open stages move
 * forward one at a time; any open stage can end in withdrawal; only a decision can end in
 * "not approved"; and an enquiry may be closed for no contact only after enough recorded attempts.
 */
export const OPEN_STAGES = [
  'enquiry-received',
  'contacted',
  'initial-visit',
  'application-submitted',
  'stage-1',
  'stage-2',
  'panel',
] as const;
export const CLOSED_STAGES = ['approved', 'withdrawn', 'not-approved', 'closed-no-contact'] as const;
export const FUNNEL_STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type FunnelStage = OpenStage | ClosedStage;

/** Ofsted's codes for why a household withdrew before panel (fostering dataset, 2023–24 onwards). */
export const WITHDRAWAL_REASONS = {
  AW1: 'Fostering was not as the applicant expected',
  AW2: 'The assessment process was not as the applicant expected',
  AW3: 'Household circumstances changed during the assessment (other than for financial reasons)',
  AW4: 'The applicant was unable to continue for financial reasons',
  AW5: 'The applicant was concerned about the risk of allegations',
  AW0: 'Other or unknown reason',
} as const;
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASONS;
export const WITHDRAWAL_REASON_CODES = Object.keys(WITHDRAWAL_REASONS) as WithdrawalReason[];

/** Stages where the service makes a decision that can be "not approved". */
const DECISION_STAGES: readonly OpenStage[] = ['stage-1', 'stage-2', 'panel'];

export interface FunnelFacts {
  /** Contact attempts recorded without reaching the person. */
  readonly unansweredContactAttempts: number;
  /** Service level: attempts needed before closing for no contact (2 by default). */
  readonly minimumContactAttempts: number;
}

export type TransitionResult =
  | { readonly ok: true; readonly to: FunnelStage }
  | { readonly ok: false; readonly allowed: readonly FunnelStage[]; readonly reason: string };

export function isOpenStage(stage: FunnelStage): stage is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

/** Every stage the funnel may move to from here, given what has been recorded. */
export function allowedTransitions(from: FunnelStage, facts: FunnelFacts): FunnelStage[] {
  if (!isOpenStage(from)) return [];
  const index = OPEN_STAGES.indexOf(from);
  const next: FunnelStage = index === OPEN_STAGES.length - 1 ? 'approved' : OPEN_STAGES[index + 1];
  const allowed: FunnelStage[] = [next, 'withdrawn'];
  if (DECISION_STAGES.includes(from)) allowed.push('not-approved');
  if (from === 'enquiry-received' && facts.unansweredContactAttempts >= facts.minimumContactAttempts) {
    allowed.push('closed-no-contact');
  }
  return allowed;
}

export function transition(from: FunnelStage, to: FunnelStage, facts: FunnelFacts): TransitionResult {
  const allowed = allowedTransitions(from, facts);
  if (allowed.includes(to)) return { ok: true, to };
  return { ok: false, allowed, reason: explainRefusal(from, to, facts) };
}

function explainRefusal(from: FunnelStage, to: FunnelStage, facts: FunnelFacts): string {
  if (!isOpenStage(from)) return `The applicant's record is closed (${from})`;
  if (to === 'closed-no-contact' && from === 'enquiry-received') {
    return `Record at least ${facts.minimumContactAttempts} contact attempts before closing for no contact`;
  }
  return `An applicant at ${from} cannot move to ${to}`;
}
