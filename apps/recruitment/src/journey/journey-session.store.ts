import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { isJourneySession, startSession, type JourneySession } from './journey-session';
import { SealedCookieCodec } from '@app/web';

/** Long enough to fill in the form at a gentle pace, short enough on a shared computer. */
const MAX_AGE_SECONDS = 2 * 60 * 60;

/** Reads and writes the journey's encrypted cookie. */
@Injectable()
export class JourneySessionStore {
  private readonly cookieName: string;
  private readonly codec: SealedCookieCodec;

  constructor(@Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    // Over HTTPS the __Host- prefix makes browsers refuse the cookie from any subdomain or plain HTTP.
    this.cookieName = config.cookieSecure ? '__Host-hearth-enquiry' : 'hearth-enquiry';
    this.codec = new SealedCookieCodec({ secret: config.sessionSecret, purpose: 'enquiry-journey-cookie', cookieName: this.cookieName });
  }

  /** The session the request's cookie carries, or null if it has none (or an altered or expired one). */
  read(request: FastifyRequest): JourneySession | null {
    const value = this.codec.open(request.cookies?.[this.cookieName]);
    return isJourneySession(value) ? value : null;
  }

  readOrStart(request: FastifyRequest): JourneySession {
    return this.read(request) ?? startSession();
  }

  write(reply: FastifyReply, session: JourneySession): void {
    void reply.setCookie(this.cookieName, this.codec.seal(session, Date.now() + MAX_AGE_SECONDS * 1000), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: this.config.cookieSecure,
      maxAge: MAX_AGE_SECONDS,
    });
  }
}
