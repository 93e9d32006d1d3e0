import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

/**
 * Seals a value into a cookie with AES-256-GCM: people can neither read their cookie (it may
 * hold their answers) nor change it. The key is derived from SESSION_SECRET for this one use, and the
 * cookie's name is bound in as associated data so a value cannot be replayed under another name.
 * An expiry travels inside, because a browser's Max-Age is only a request.
 */
export class SessionCookieCodec {
  private readonly key: Buffer;

  constructor(secret: string, private readonly name: string, private readonly maxAgeSeconds: number) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'hearth', `enquiry-journey-cookie ${VERSION}`, 32));
  }

  seal(value: unknown, nowMs: number = Date.now()): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(this.aad());
    const plain = JSON.stringify({ exp: Math.floor(nowMs / 1000) + this.maxAgeSeconds, value });
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
  }

  /** The sealed value, or null if the cookie is missing, altered, from another key or expired. */
  open(cookie: string | undefined, nowMs: number = Date.now()): unknown {
    if (!cookie?.startsWith(`${VERSION}.`)) return null;
    const bytes = Buffer.from(cookie.slice(VERSION.length + 1), 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(this.aad());
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const { exp, value } = JSON.parse(plain) as { exp: number; value: unknown };
      return typeof exp === 'number' && exp * 1000 > nowMs ? value : null;
    } catch {
      return null;
    }
  }

  private aad(): Buffer {
    return Buffer.from(`${this.name} ${VERSION}`, 'utf8');
  }
}
