import { isStaffRole, parseScope, formatScope, type StaffPrincipal } from '@app/auth';

/**
 * What a staff member's browser carries between pages: who they are (null until they sign in)
 * and the token every form must send back. It lives only in the encrypted cookie.
 */
export interface StaffSession {
  readonly csrfToken: string;
  readonly principal: StaffPrincipal | null;
}

/** A signed-in session. */
export interface SignedInSession extends StaffSession {
  readonly principal: StaffPrincipal;
}

function isPrincipal(value: unknown): value is StaffPrincipal {
  const p = value as Partial<StaffPrincipal> | null;
  if (typeof p !== 'object' || p === null || typeof p.subject !== 'string' || !isStaffRole(p.role)) return false;
  const scope = p.scope ? parseScope(formatScope(p.scope)) : null;
  return scope !== null;
}

export function isStaffSession(value: unknown): value is StaffSession {
  const s = value as Partial<StaffSession> | null;
  return typeof s === 'object' && s !== null && typeof s.csrfToken === 'string' && (s.principal === null || isPrincipal(s.principal));
}

const ROLE_LABELS: Record<StaffPrincipal['role'], string> = {
  'placement-officer': 'Placement officer', 'recruitment-officer': 'Recruitment officer', 'rcc-analyst': 'Regional analyst', admin: 'Administrator',
};

/** Who is signed in, as the page header shows it. */
export function signedInAs(principal: StaffPrincipal): { subject: string; role: string; scope: string } {
  return { subject: principal.subject, role: ROLE_LABELS[principal.role], scope: formatScope(principal.scope) };
}
