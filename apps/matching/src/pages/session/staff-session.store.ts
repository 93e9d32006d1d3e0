import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffPrincipal } from '@app/auth';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { newCsrfToken, SealedCookieStore } from '@app/web/session';
import { isStaffSession, type StaffSession } from './staff-session';

/** Long enough to fill in the sign-in form; a signed-in session lasts a working day. */
const SIGN_IN_FORM_MS = 60 * 60 * 1000;

/** The staff session cookie: encrypted, httpOnly, SameSite=Lax, Secure when COOKIE_SECURE. */
@Injectable()
export class StaffSessionStore {
  private readonly cookies: SealedCookieStore<StaffSession>;
  private readonly signedInMs: number;

  constructor(@Inject(HEARTH_CONFIG) config: HearthConfig) {
    this.cookies = new SealedCookieStore({
      secret: config.sessionSecret, purpose: 'staff-session-cookie', name: 'hearth-staff', secure: config.cookieSecure, isValue: isStaffSession,
    });
    this.signedInMs = config.staffSessionHours * 60 * 60 * 1000;
  }

  get cookieName(): string {
    return this.cookies.cookieName;
  }

  read(request: FastifyRequest): StaffSession | null {
    return this.cookies.read(request);
  }

  /** The session, or a new one that only carries a token for the sign-in form. */
  readOrStart(request: FastifyRequest, reply: FastifyReply): StaffSession {
    const existing = this.read(request);
    if (existing) return existing;
    const started: StaffSession = { csrfToken: newCsrfToken(), principal: null };
    this.cookies.write(reply, started, Date.now() + SIGN_IN_FORM_MS);
    return started;
  }

  /**
   * A new session with a new form token, so nothing learned before sign-in works after it.
   * It ends after a working day however busy the person is: the expiry is fixed at sign-in.
   */
  signIn(reply: FastifyReply, principal: StaffPrincipal): void {
    this.cookies.write(reply, { csrfToken: newCsrfToken(), principal }, Date.now() + this.signedInMs);
  }

  signOut(reply: FastifyReply): void {
    this.cookies.clear(reply);
  }
}
