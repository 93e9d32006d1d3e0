import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { assertFormToken, CSRF_FIELD } from '@app/web';
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
    if (request.method === 'POST') assertFormToken(this.sessions.read(request), request.body);
    return true;
  }
}
