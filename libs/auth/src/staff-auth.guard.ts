import { type CanActivate, type ExecutionContext, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';
import { JwtVerifier } from './jwt-verifier';
import type { StaffPrincipal, StaffRole } from './staff-role';

export const ROLES_KEY = 'hearth:roles';

/** Declares which roles may call a staff route; every staff route must say. */
export const AllowRoles = (...roles: StaffRole[]) => SetMetadata(ROLES_KEY, roles);

type StaffRequest = FastifyRequest & { staff?: StaffPrincipal };

/** 401 without a valid bearer token, 403 when the role is not allowed. Scope is checked by use cases. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly verifier: JwtVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    const principal = match ? await this.verifier.verify(match[1]) : null;
    if (!principal) throw new DomainError('AUTH.UNAUTHENTICATED', 'Sign in: send a valid bearer token');
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles || !roles.includes(principal.role)) {
      throw new DomainError('AUTH.FORBIDDEN', 'Your role does not allow this');
    }
    request.staff = principal;
    return true;
  }
}

/** The signed-in staff member, set by StaffAuthGuard. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffPrincipal => {
  const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw new DomainError('AUTH.UNAUTHENTICATED', 'Sign in: send a valid bearer token');
  return staff;
});
