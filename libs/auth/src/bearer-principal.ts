import type { JwtVerifier } from './jwt-verifier';
import type { StaffPrincipal } from './staff-role';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/** The staff member an Authorization header names, or null for a missing, malformed, expired or forged token. */
export async function bearerPrincipal(verifier: JwtVerifier, authorization: string | undefined): Promise<StaffPrincipal | null> {
  const match = BEARER.exec(authorization ?? '');
  return match ? verifier.verify(match[1]) : null;
}
