import type { FollowUpFacts, FollowUpPolicy } from './follow-up-facts';
import type { FollowUpKind, SkipReason } from './follow-up-kind';
import { planFollowUps } from './plan-follow-ups';

export type FollowUpDecision =
  | { readonly action: 'send' }
  | { readonly action: 'skip'; readonly reason: SkipReason }
  /** Not due yet (its clock moved, e.g. the application progressed or the service levels changed). */
  | { readonly action: 'wait'; readonly dueAt: Date };

/**
 * What to do with a follow-up whose job has come round: send it if the plan for the applicant as
 * they stand now still has it and it is due, wait if its time moved later, otherwise skip it and say why.
 */
export function decideFollowUp(
  followUp: { readonly kind: FollowUpKind; readonly sequence: number }, facts: FollowUpFacts, policy: FollowUpPolicy, now: Date,
): FollowUpDecision {
  const planned = planFollowUps(facts, policy).find((p) => p.kind === followUp.kind && p.sequence === followUp.sequence);
  if (!planned) return { action: 'skip', reason: whyNotNeeded(followUp, facts) };
  if (planned.dueAt.getTime() > now.getTime()) return { action: 'wait', dueAt: planned.dueAt };
  return { action: 'send' };
}

function whyNotNeeded(followUp: { readonly kind: FollowUpKind; readonly sequence: number }, facts: FollowUpFacts): SkipReason {
  if (facts.stage === 'withdrawn') return 'applicant-withdrawn';
  if (['approved', 'not-approved', 'closed-no-contact'].includes(facts.stage)) return 'record-closed';
  switch (followUp.kind) {
    case 'first-contact-reminder':
    case 'first-contact-escalation':
      return 'contact-made';
    case 'next-contact-attempt':
      if (facts.stage !== 'enquiry-received') return 'contact-made';
      return facts.unansweredContactAttempts > followUp.sequence ? 'attempt-superseded' : 'minimum-attempts-made';
    case 'application-stalled':
      return facts.application?.submitted || facts.stage !== 'initial-visit' ? 'application-submitted' : 'moved-on';
    case 'application-link-expiring':
      return facts.application?.submitted || facts.stage !== 'initial-visit' ? 'application-submitted' : 'link-replaced';
    case 'stage-1-decision-warning':
    case 'panel-warning':
    case 'decision-warning':
      return 'deadline-met';
    default:
      return 'moved-on';
  }
}
