import { randomBytes } from 'node:crypto';
import type { JourneyAnswers } from './journey-answers';

/**
 * Everything the enquiry journey remembers between pages. It travels in an encrypted cookie,
 * so any instance behind the load balancer can serve the next page.
 */
export interface JourneySession {
  /** Sent back in a hidden field with every form: a cross-site page cannot read it. */
  readonly csrfToken: string;
  /** One enquiry per journey, however often the final form is posted. */
  readonly idempotencyKey: string;
  readonly answers: JourneyAnswers;
  /** Set once the enquiry is sent; the answers are dropped then. */
  readonly reference?: string;
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

export function startSession(): JourneySession {
  return { csrfToken: randomToken(), idempotencyKey: `web.${randomToken()}`, answers: {} };
}

/** Saves answers; answering again after sending starts a new enquiry with a new idempotency key. */
export function withAnswers(session: JourneySession, answers: JourneyAnswers): JourneySession {
  if (session.reference === undefined) return { ...session, answers };
  return { ...startSession(), csrfToken: session.csrfToken, answers };
}

/** After sending, keep only what the confirmation page shows: no personal details stay in the cookie. */
export function afterSubmission(session: JourneySession, reference: string): JourneySession {
  return { csrfToken: session.csrfToken, idempotencyKey: `web.${randomToken()}`, answers: {}, reference };
}

/** A fresh idempotency key for the same answers, once the old one is known to belong to other answers. */
export function withNewIdempotencyKey(session: JourneySession): JourneySession {
  return { ...session, idempotencyKey: `web.${randomToken()}` };
}

export function hasAnswers(session: JourneySession): boolean {
  return Object.keys(session.answers).length > 0;
}

/** Checks the shape of a decrypted cookie; anything else is treated as no session. */
export function isJourneySession(value: unknown): value is JourneySession {
  const v = value as Partial<JourneySession> | null;
  return typeof v === 'object' && v !== null && typeof v.csrfToken === 'string' && typeof v.idempotencyKey === 'string'
    && typeof v.answers === 'object' && v.answers !== null && !Array.isArray(v.answers)
    && (v.reference === undefined || typeof v.reference === 'string');
}
