import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';
import { CSRF_FIELD, csrfTokensMatch } from '@app/web';
import { ApplicationSessionStore } from './application-session.store';

/** Every application form post must carry the token from the applicant's own encrypted cookie. */
@Injectable()
export class ApplicationCsrfGuard implements CanActivate {
  constructor(private readonly sessions: ApplicationSessionStore) {}

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
