import { type CanActivate, type ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { STAFF_PAGE_ROLES_KEY, type StaffRole } from '@app/auth';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';
import { assertFormToken } from '@app/web/session';
import { SignInRequiredError } from './sign-in-required.filter';
import type { SignedInSession } from './staff-session';
import { StaffSessionStore } from './staff-session.store';

type PageRequest = FastifyRequest & { staffSession?: SignedInSession };

/**
 * The placement team's pages: a signed-in placement officer of a council, and on every post
 * the session's form token. Which referrals they may see is still decided by the use cases.
 */
@Injectable()
export class StaffPageGuard implements CanActivate {
  constructor(
    private readonly sessions: StaffSessionStore,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const session = this.sessions.read(request);
    if (!session?.principal) throw new SignInRequiredError();
    if (request.method === 'POST') assertFormToken(session, request.body);
    const { role, scope } = session.principal;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_PAGE_ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    if (!roles.includes(role) || scope.kind !== 'council') {
      throw new DomainError('AUTH.FORBIDDEN', 'These pages are for placement officers of a council');
    }
    request.staffSession = session as SignedInSession;
    return true;
  }
}

/** The signed-in session StaffPageGuard let through. */
export const PageSession = createParamDecorator((_: unknown, context: ExecutionContext): SignedInSession => {
  const session = context.switchToHttp().getRequest<PageRequest>().staffSession;
  if (!session) throw new SignInRequiredError();
  return session;
});
