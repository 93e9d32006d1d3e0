import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { assertFormToken } from '@app/web';
import { ApplicationSessionStore } from './application-session.store';

/** Every application form post must carry the token from the applicant's own encrypted cookie. */
@Injectable()
export class ApplicationCsrfGuard implements CanActivate {
  constructor(private readonly sessions: ApplicationSessionStore) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method === 'POST') assertFormToken(this.sessions.read(request), request.body);
    return true;
  }
}
