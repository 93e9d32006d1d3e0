import { randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@app/domain';

/** The hidden form field that carries a session's token. */
export const CSRF_FIELD = 'csrfToken';

/** A fresh unguessable token for a session's forms. */
export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Whether a form sent back the session's token, compared in constant time. */
export function csrfTokensMatch(expected: string, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a form post carries, if any. */
export function csrfTokenSent(body: unknown): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[CSRF_FIELD] : undefined;
}

/**
 * Refuses a form post (400 REQUEST.CSRF_FAILED) unless it sent back the token of the person's own
 * session. Another site can make a browser post a form here, but it cannot read the session cookie
 * or our pages to learn the token.
 */
export function assertFormToken(session: { readonly csrfToken: string } | null | undefined, body: unknown): void {
  if (!session || !csrfTokensMatch(session.csrfToken, csrfTokenSent(body))) {
    throw new DomainError('REQUEST.CSRF_FAILED', 'The form could not be accepted: go back, reload the page and try again');
  }
}
