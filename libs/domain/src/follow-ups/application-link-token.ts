import { createHash } from 'node:crypto';

/**
 * Application link tokens, shared by the recruitment app (a link shown to an officer) and the
 * workers (a link sent to an applicant who asked for a new one). The caller supplies 32 random
 * bytes (256 bits: unguessable), so the rules stay free of randomness; only the hash is stored.
 */
export function linkTokenFromBytes(randomBytes: Uint8Array): string {
  if (randomBytes.length !== 32) throw new Error('a link token needs 32 random bytes');
  return Buffer.from(randomBytes).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as it can appear in a link; anything else is not looked up at all. */
export function looksLikeLinkToken(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

/** The template of the message that sends a new link to an applicant who asked for one. */
export const APPLICATION_LINK_TEMPLATE = 'application-link';

/**
 * The ledger key of the message answering one request for a new link (the request's outbox row
 * id): one request, one message, however often its job runs.
 */
export function applicationLinkIdempotencyKey(enquiryId: string, requestId: string): string {
  return `${enquiryId}.${APPLICATION_LINK_TEMPLATE}.${requestId}`;
}
