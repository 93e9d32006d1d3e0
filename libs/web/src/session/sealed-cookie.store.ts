import type { FastifyReply, FastifyRequest } from 'fastify';
import { SealedCookieCodec } from './sealed-cookie.codec';

export interface SealedCookieStoreOptions<T> {
  readonly secret: string;
  readonly purpose: string;
  /** The name over plain HTTP; over HTTPS it gets the __Host- prefix. */
  readonly name: string;
  /** Send over HTTPS only (COOKIE_SECURE). */
  readonly secure: boolean;
  /** Rejects anything that is not a T, such as a value written by an older version. */
  readonly isValue: (value: unknown) => value is T;
}

/**
 * One encrypted, httpOnly, SameSite=Lax cookie holding a T. Lax keeps it off cross-site form
 * posts and still sends it on the top-level redirect back from a sign-in provider.
 */
export class SealedCookieStore<T> {
  readonly cookieName: string;
  private readonly codec: SealedCookieCodec;

  constructor(private readonly options: SealedCookieStoreOptions<T>) {
    // Over HTTPS the __Host- prefix makes browsers refuse the cookie from any subdomain or plain HTTP.
    this.cookieName = options.secure ? `__Host-${options.name}` : options.name;
    this.codec = new SealedCookieCodec({ secret: options.secret, purpose: options.purpose, cookieName: this.cookieName });
  }

  read(request: FastifyRequest, nowMs: number = Date.now()): T | null {
    const value = this.codec.open(request.cookies?.[this.cookieName], nowMs);
    return this.options.isValue(value) ? value : null;
  }

  write(reply: FastifyReply, value: T, expiresAtMs: number, nowMs: number = Date.now()): void {
    void reply.setCookie(this.cookieName, this.codec.seal(value, expiresAtMs), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: this.options.secure,
      maxAge: Math.max(0, Math.floor((expiresAtMs - nowMs) / 1000)),
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(this.cookieName, { httpOnly: true, sameSite: 'lax', path: '/', secure: this.options.secure });
  }
}
