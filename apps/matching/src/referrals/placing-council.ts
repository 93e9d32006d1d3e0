import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';

/**
 * Which council's referrals a person works on: a placement officer's own council (null for a
 * national admin, who may see any). Anyone else sees none: their requests find nothing.
 */
export function placingCouncilOf(staff: StaffPrincipal): string | null | undefined {
  if (staff.role === 'admin' && staff.scope.kind === 'england') return null;
  return staff.scope.kind === 'council' ? staff.scope.code : undefined;
}

/** Refuses to act for a council the person does not work for. */
export function assertMayActFor(staff: StaffPrincipal, councilCode: string): void {
  const own = placingCouncilOf(staff);
  if (own === null || own === councilCode) return;
  throw new DomainError('AUTH.FORBIDDEN', 'You can only make referrals for your own council');
}

export function referralNotFound(): DomainError {
  return new DomainError('REFERRAL.NOT_FOUND', 'No referral with that id');
}
