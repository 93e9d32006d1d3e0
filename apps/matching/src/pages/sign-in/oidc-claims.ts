import { isStaffRole, parseScope, type StaffPrincipal } from '@app/auth';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/**
 * The person an ID token describes, or null when it gives no Hearth role and scope. A claim may
 * hold one value or a list (Microsoft Entra ID sends app roles as a list in "roles"); the first
 * value that is a Hearth role, and the first that is a scope, are taken.
 */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>, roleClaim: string, scopeClaim: string): StaffPrincipal | null {
  const role = asList(claims[roleClaim]).find(isStaffRole);
  const scope = asList(claims[scopeClaim]).map(parseScope).find((s) => s !== null);
  const subject = claims.sub;
  if (!role || !scope || typeof subject !== 'string' || subject.length === 0) return null;
  return { subject, role, scope };
}
