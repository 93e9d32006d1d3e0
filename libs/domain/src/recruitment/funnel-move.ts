import { DomainError } from '../shared/domain-error';
import { transition, type FunnelFacts, type FunnelStage, type WithdrawalReason } from './funnel';
import type { FunnelMilestones } from './recruitment-deadlines';

/** An officer's request to move an applicant on, with what the stage they move to requires. */
export interface FunnelMoveRequest {
  readonly to: FunnelStage;
  readonly withdrawalReason?: WithdrawalReason;
  readonly reasons?: readonly string[];
  /** The terms of approval; required to approve. */
  readonly approval?: unknown;
}

/**
 * Checks a move against the funnel and returns the milestones after it: submitting an
 * application starts the panel clock. Withdrawal needs Ofsted's reason code and "not approved"
 * needs its reasons, so the figures Ofsted collects can be reported.
 */
export function planFunnelMove(
  from: FunnelStage, request: FunnelMoveRequest, facts: FunnelFacts, milestones: FunnelMilestones, at: Date,
): FunnelMilestones {
  const result = transition(from, request.to, facts);
  if (!result.ok) {
    const allowed = result.allowed.length ? result.allowed.join(', ') : 'none';
    throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', `${result.reason}. Allowed from ${from}: ${allowed}`, [
      { field: 'to', rule: 'allowedTransition', message: `Allowed from ${from}: ${allowed}` },
    ]);
  }
  if (request.to === 'withdrawn' && !request.withdrawalReason) {
    throw invalid('withdrawalReason', 'required', 'Give Ofsted\'s withdrawal reason code (AW0 to AW5)');
  }
  if (request.to !== 'withdrawn' && request.withdrawalReason) {
    throw invalid('withdrawalReason', 'onlyWhenWithdrawn', 'A withdrawal reason is given only when moving to withdrawn');
  }
  if (request.to === 'approved' && !request.approval) {
    throw invalid('approval', 'required', 'Give the terms of approval: age range, number of children and types of fostering');
  }
  if (request.to === 'not-approved' && !(request.reasons && request.reasons.length > 0)) {
    throw invalid('reasons', 'required', 'Give at least one reason for not approving');
  }
  return request.to === 'application-submitted' ? { ...milestones, applicationSubmittedAt: at } : milestones;
}

function invalid(field: string, rule: string, message: string): DomainError {
  return new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field, rule, message }]);
}
