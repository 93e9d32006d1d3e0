/** The roles staff hold; a token carries exactly one. */
export const STAFF_ROLES = ['recruitment-officer', 'placement-officer', 'rcc-analyst', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Where a person works: a fostering service (by its code), a council or a region (by GSS code),
 * a regional care cooperative an administrator defined (by its RCC- code; analysts), or all of
 * England (admins and national analysts).
 */
export type StaffScope =
  | { readonly kind: 'service'; readonly code: string }
  | { readonly kind: 'council'; readonly code: string }
  | { readonly kind: 'region'; readonly code: string }
  | { readonly kind: 'cooperative'; readonly code: string }
  | { readonly kind: 'england' };

export interface StaffPrincipal {
  readonly subject: string;
  readonly role: StaffRole;
  readonly scope: StaffScope;
}

const SCOPE = /^(service:[A-Z0-9-]{2,40}|council:E(06|08|09|10)[0-9]{6}|region:E12[0-9]{6}|cooperative:RCC-[A-Z0-9]+(-[A-Z0-9]+)*|england)$/;
/** "cooperative:" and a code of at most 40 characters. */
const LONGEST_SCOPE = 52;

/** Parses "service:LA-E09000033", "council:E09000033", "region:E12000007", "cooperative:RCC-TEES-VALLEY" or "england". */
export function parseScope(raw: unknown): StaffScope | null {
  if (typeof raw !== 'string' || raw.length > LONGEST_SCOPE || !SCOPE.test(raw)) return null;
  if (raw === 'england') return { kind: 'england' };
  const [kind, code] = raw.split(':') as ['service' | 'council' | 'region' | 'cooperative', string];
  return { kind, code };
}

export function formatScope(scope: StaffScope): string {
  return scope.kind === 'england' ? 'england' : `${scope.kind}:${scope.code}`;
}

export function isStaffRole(raw: unknown): raw is StaffRole {
  return typeof raw === 'string' && (STAFF_ROLES as readonly string[]).includes(raw);
}
