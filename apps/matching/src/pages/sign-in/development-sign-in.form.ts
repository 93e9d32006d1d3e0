import { isStaffRole, parseScope, STAFF_ROLES, type StaffPrincipal } from '@app/auth';
import type { FieldProblem } from '@app/domain';

const SUBJECT = /^[A-Za-z0-9._@-]{1,60}$/;

export const ROLE_CHOICES = STAFF_ROLES.map((role) => ({ value: role, text: role }));

export type DevelopmentSignIn =
  | { readonly ok: true; readonly principal: StaffPrincipal }
  | { readonly ok: false; readonly problems: FieldProblem[]; readonly values: Record<string, string> };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Who a developer says they are: any role and scope, which is why this form never exists in production. */
export function readDevelopmentSignIn(body: unknown): DevelopmentSignIn {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values = { subject: text(form.subject), role: text(form.role), scope: text(form.scope) };
  const problems: FieldProblem[] = [];
  if (!SUBJECT.test(values.subject)) {
    problems.push({ field: 'subject', rule: 'format', message: 'Enter a staff id of up to 60 letters, numbers, dots, dashes or @' });
  }
  if (!isStaffRole(values.role)) problems.push({ field: 'role', rule: 'isIn', message: 'Select a role' });
  const scope = parseScope(values.scope);
  if (!scope) problems.push({ field: 'scope', rule: 'format', message: 'Enter a scope like council:E08000003, region:E12000002, cooperative:RCC-TEES-VALLEY, service:LA-E08000003 or england' });
  if (problems.length > 0 || !scope || !isStaffRole(values.role)) return { ok: false, problems, values };
  return { ok: true, principal: { subject: values.subject, role: values.role, scope } };
}
