import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { STAFF_PAGE_ROLES_KEY, type StaffRole } from '@app/auth';
import { DomainError } from '@app/domain';
import { SignInRequiredError } from '../session/sign-in-required.filter';
import { assertFormToken } from '@app/web/session';
import type { SignedInSession } from '../session/staff-session';
import { StaffSessionStore } from '../session/staff-session.store';

/**
 * The analysts' pages: like StaffPageGuard (signed in, roles from @StaffPageRoles, form token on
 * every post) but a region, cooperative, council or England scope is accepted, since an analyst works for a
 * cooperative, not one council. Which areas they see is decided by the use cases (others 404).
 * The session is put where StaffPageGuard puts it, so @PageSession() works unchanged.
 */
@Injectable()
export class AnalystPageGuard implements CanActivate {
  constructor(
    private readonly sessions: StaffSessionStore,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest & { staffSession?: SignedInSession }>();
    const session = this.sessions.read(request);
    if (!session?.principal) throw new SignInRequiredError();
    if (request.method === 'POST') assertFormToken(session, request.body);
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(STAFF_PAGE_ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const { role, scope } = session.principal;
    if (!roles.includes(role) || scope.kind === 'service') {
      throw new DomainError('AUTH.FORBIDDEN', 'These pages are for regional care cooperative analysts');
    }
    request.staffSession = session as SignedInSession;
    return true;
  }
}
