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
