import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

export interface SealedCookieOptions {
  /** The app's SESSION_SECRET; each purpose gets its own key derived from it. */
  readonly secret: string;
  /** What the cookie is for (e.g. "staff-session-cookie"): a key for one purpose opens nothing else. */
  readonly purpose: string;
  /** The cookie's name, bound in as associated data so a value cannot be replayed under another name. */
  readonly cookieName: string;
}

/**
 * Seals a value into a cookie with AES-256-GCM: the holder can neither read it nor change it.
 * The expiry travels inside, because a browser's Max-Age is only a request. With the purpose
 * "enquiry-journey-cookie" this reads and writes exactly what apps/recruitment's own codec does.
 */
export class SealedCookieCodec {
  private readonly key: Buffer;
  private readonly aad: Buffer;

  constructor(options: SealedCookieOptions) {
    this.key = Buffer.from(hkdfSync('sha256', options.secret, 'hearth', `${options.purpose} ${VERSION}`, 32));
    this.aad = Buffer.from(`${options.cookieName} ${VERSION}`, 'utf8');
  }

  /** The cookie value for `value`, which stops opening at `expiresAtMs`. */
  seal(value: unknown, expiresAtMs: number): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(this.aad);
    const plain = JSON.stringify({ exp: Math.floor(expiresAtMs / 1000), value });
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The sealed value, or null if the cookie is missing, altered, from another key or purpose, or expired. */
  open(cookie: string | undefined, nowMs: number = Date.now()): unknown {
    if (!cookie?.startsWith(`${VERSION}.`)) return null;
    const bytes = Buffer.from(cookie.slice(VERSION.length + 1), 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(this.aad);
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const { exp, value } = JSON.parse(plain) as { exp: number; value: unknown };
      return typeof exp === 'number' && exp * 1000 > nowMs ? value : null;
    } catch {
      return null;
    }
  }
}
