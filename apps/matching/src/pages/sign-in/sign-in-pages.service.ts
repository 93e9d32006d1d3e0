import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { govukFormErrors } from '@app/web';
import { SealedCookieStore } from '@app/web/session';
import type { PageAnswer } from '../page-renderer';
import { assertFormToken } from '@app/web/session';
import type { StaffSession } from '../session/staff-session';
import { StaffSessionStore } from '../session/staff-session.store';
import { readDevelopmentSignIn, ROLE_CHOICES } from './development-sign-in.form';
import { OidcSignInService, type OidcTransaction } from './oidc-sign-in.service';
import { signInMode, type SignInMode } from './oidc-settings';

/** The trip to the provider and back should take minutes; an old half-finished one is useless. */
const OIDC_TRANSACTION_MS = 10 * 60 * 1000;

const isTransaction = (v: unknown): v is OidcTransaction =>
  typeof v === 'object' && v !== null && ['state', 'nonce', 'codeVerifier'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

const notFound = () => new DomainError('REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint');

/** What each sign-in page shows, for whichever way of signing in this installation has. */
@Injectable()
export class SignInPagesService {
  readonly mode: SignInMode;
  private readonly transactions: SealedCookieStore<OidcTransaction>;

  constructor(
    @Inject(HEARTH_CONFIG) config: HearthConfig,
    private readonly oidc: OidcSignInService,
    private readonly sessions: StaffSessionStore,
  ) {
    this.mode = signInMode(config, oidc.settings);
    this.transactions = new SealedCookieStore({
      secret: config.sessionSecret, purpose: 'staff-oidc-transaction', name: 'hearth-staff-oidc', secure: config.cookieSecure, isValue: isTransaction,
    });
  }

  signInPage(): PageAnswer {
    const view = { oidc: 'sign-in/oidc.njk', development: 'sign-in/development.njk', 'not-configured': 'sign-in/not-configured.njk' }[this.mode];
    return { view, context: { roles: ROLE_CHOICES, values: { role: 'placement-officer' } } };
  }

  /** The development sign-in: refused as if it did not exist unless this installation may have it. */
  developmentSignIn(session: StaffSession | null, body: unknown, reply: FastifyReply): PageAnswer {
    if (this.mode !== 'development') throw notFound();
    assertFormToken(session, body);
    const form = readDevelopmentSignIn(body);
    if (!form.ok) {
      const errors = govukFormErrors(form.problems, ['subject', 'role', 'scope']);
      return { view: 'sign-in/development.njk', context: { roles: ROLE_CHOICES, values: form.values, errors }, status: 400 };
    }
    this.sessions.signIn(reply, form.principal);
    return { redirect: homeFor(form.principal) };
  }

  async startOidc(reply: FastifyReply): Promise<PageAnswer> {
    if (this.mode !== 'oidc') throw notFound();
    const { url, transaction } = await this.oidc.start();
    this.transactions.write(reply, transaction, Date.now() + OIDC_TRANSACTION_MS);
    return { redirect: url };
  }

  async finishOidc(request: FastifyRequest, reply: FastifyReply): Promise<PageAnswer> {
    if (this.mode !== 'oidc') throw notFound();
    const transaction = this.transactions.read(request);
    this.transactions.clear(reply);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const principal = transaction ? await this.oidc.finish(query, transaction) : null;
    if (!principal) return { view: 'sign-in/failed.njk', context: {}, status: 403 };
    this.sessions.signIn(reply, principal);
    return { redirect: homeFor(principal) };
  }

  signOut(session: StaffSession | null, body: unknown, reply: FastifyReply): PageAnswer {
    assertFormToken(session, body);
    this.sessions.signOut(reply);
    return { redirect: '/signed-out' };
  }
}

/** Where each kind of staff starts: analysts on the sufficiency dashboard, placement officers on their referrals. */
function homeFor(principal: { role: string }): string {
  return principal.role === 'rcc-analyst' ? '/sufficiency' : '/';
}
