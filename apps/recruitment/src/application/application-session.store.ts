import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { SealedCookieCodec } from '@app/web';

/** Which application link opened this browser's session, and the session's form token. */
export interface ApplicationSession {
  readonly linkId: string;
  readonly csrfToken: string;
}

/** A working session on a shared computer should not outlive an afternoon; the link itself lasts weeks. */
const MAX_AGE_SECONDS = 4 * 60 * 60;

/**
 * The applicant's encrypted cookie. It holds only the link's id: the link is checked again in
 * PostgreSQL on every request, so revoking or replacing it closes the session at once.
 */
@Injectable()
export class ApplicationSessionStore {
  private readonly cookieName: string;
  private readonly codec: SealedCookieCodec;

  constructor(@Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    this.cookieName = config.cookieSecure ? '__Host-hearth-application' : 'hearth-application';
    this.codec = new SealedCookieCodec({ secret: config.sessionSecret, purpose: 'application-cookie', cookieName: this.cookieName });
  }

  read(request: FastifyRequest): ApplicationSession | null {
    const value = this.codec.open(request.cookies?.[this.cookieName]) as Partial<ApplicationSession> | null;
    return value && typeof value.linkId === 'string' && typeof value.csrfToken === 'string' ? { linkId: value.linkId, csrfToken: value.csrfToken } : null;
  }

  start(reply: FastifyReply, linkId: string): void {
    const session: ApplicationSession = { linkId, csrfToken: randomBytes(24).toString('base64url') };
    void reply.setCookie(this.cookieName, this.codec.seal(session, Date.now() + MAX_AGE_SECONDS * 1000), {
      httpOnly: true, sameSite: 'lax', path: '/', secure: this.config.cookieSecure, maxAge: MAX_AGE_SECONDS,
    });
  }

  /** Same attributes as when set: browsers ignore a __Host- cookie's removal without Secure, leaving the session in place. */
  end(reply: FastifyReply): void {
    void reply.clearCookie(this.cookieName, { httpOnly: true, sameSite: 'lax', path: '/', secure: this.config.cookieSecure });
  }
}
