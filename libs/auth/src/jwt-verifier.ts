import { createSecretKey, type KeyObject, createPublicKey, createPrivateKey } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { HearthConfig } from '@app/config';
import { formatScope, isStaffRole, parseScope, type StaffPrincipal, type StaffRole, type StaffScope } from './staff-role';
import { VerifiedTokens } from './verified-tokens';

const pem = (value: string): string => value.replace(/\\n/g, '\n');

/** Verifies staff bearer tokens: signature, issuer, audience, expiry, and our role and scope claims. */
export class JwtVerifier {
  private readonly key: KeyObject;

  constructor(private readonly config: HearthConfig, private readonly verified = new VerifiedTokens()) {
    this.key = config.jwtAlgorithm === 'HS256'
      ? createSecretKey(Buffer.from(config.jwtSecret ?? '', 'utf8'))
      : createPublicKey(pem(config.jwtPublicKey ?? ''));
  }

  /** The principal, or null for any token that is missing, malformed, expired or forged. */
  async verify(token: string): Promise<StaffPrincipal | null> {
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [this.config.jwtAlgorithm],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        requiredClaims: ['sub', 'exp'],
      });
      const scope = parseScope(payload.scope);
      if (!isStaffRole(payload.role) || !scope || typeof payload.sub !== 'string') return null;
      const principal: StaffPrincipal = { subject: payload.sub, role: payload.role, scope };
      this.verified.remember(token, principal, payload.exp!);
      return principal;
    } catch {
      return null;
    }
  }
}

export interface MintRequest {
  readonly subject: string;
  readonly role: StaffRole;
  readonly scope: StaffScope;
  readonly ttlSeconds: number;
}

/** Signs a staff token with the configured key; for local use, tests and benchmarks. */
export async function mintStaffToken(config: HearthConfig, request: MintRequest): Promise<string> {
  const key = config.jwtAlgorithm === 'HS256'
    ? createSecretKey(Buffer.from(config.jwtSecret ?? '', 'utf8'))
    : createPrivateKey(pem(config.jwtPrivateKey ?? ''));
  return new SignJWT({ role: request.role, scope: formatScope(request.scope) })
    .setProtectedHeader({ alg: config.jwtAlgorithm })
    .setSubject(request.subject)
    .setIssuer(config.jwtIssuer)
    .setAudience(config.jwtAudience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + request.ttlSeconds)
    .sign(key);
}
