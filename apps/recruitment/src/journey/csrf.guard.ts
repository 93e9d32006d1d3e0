import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';
import { CSRF_FIELD, csrfTokensMatch } from '@app/web';
import { JourneySessionStore } from './journey-session.store';

export { CSRF_FIELD };

/**
 * Every form post must return the token from the person's own encrypted session cookie. Another
 * site can make a browser post a form here, but it cannot read the cookie or our pages to learn the token.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly sessions: JourneySessionStore) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'POST') return true;
    const session = this.sessions.read(request);
    const sent = (request.body as Record<string, unknown> | null | undefined)?.[CSRF_FIELD];
    if (!session || !csrfTokensMatch(session.csrfToken, sent)) {
      throw new DomainError('REQUEST.CSRF_FAILED', 'The form could not be accepted: go back, reload the page and try again');
    }
    return true;
  }
}
