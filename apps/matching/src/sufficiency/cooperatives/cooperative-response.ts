import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import type { StoredCooperative } from '@app/persistence';

/** A defined cooperative as the admin API shows it. */
export interface CooperativeResponse {
  readonly id: string;
  readonly name: string;
  readonly councils: readonly { readonly code: string; readonly name: string }[];
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export function toCooperativeResponse(c: StoredCooperative, councilNames: ReadonlyMap<string, string>): CooperativeResponse {
  return {
    id: c.id, name: c.name, councils: c.councilCodes.map((code) => ({ code, name: councilNames.get(code) ?? code })),
    updatedBy: c.updatedBy, updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

export function cooperativeNotFound(): DomainError {
  return new DomainError('COOPERATIVE.NOT_FOUND', 'No cooperative with that code');
}

/** Cooperatives span councils and regions, so only an administrator for all of England defines them. */
export function assertNationalAdmin(staff: StaffPrincipal): void {
  if (staff.role !== 'admin' || staff.scope.kind !== 'england') {
    throw new DomainError('AUTH.FORBIDDEN', 'Only an administrator for England can define cooperatives');
  }
}
