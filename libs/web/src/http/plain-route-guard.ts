import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerPrincipal, type JwtVerifier, type StaffRole } from '@app/auth';
import { DomainError } from '@app/domain';
import { respondWithError } from '../errors/hearth-exception.filter';

/** A route a Fastify plugin serves (not a Nest controller), and the roles allowed to call it. */
export interface PlainRoutePolicy {
  readonly method: string;
  readonly url: string;
  readonly roles: readonly StaffRole[];
}

const DECLARED = new WeakMap<object, PlainRoutePolicy[]>();

/**
 * The plain routes put behind guardPlainRoutes on this HTTP server. Nest's access matrix reads
 * controllers' metadata and cannot see plugin routes, so it asks here instead.
 */
export function plainRoutePolicies(server: object): readonly PlainRoutePolicy[] {
  return DECLARED.get(server) ?? [];
}

/**
 * Puts every route registered in `scope` (after this call) behind a staff bearer token whose role
 * is one of `roles`, answering exactly as StaffAuthGuard does for Nest routes: 401 without a valid
 * token, 403 for another role. It runs first (onRequest), before the plugin's own handlers.
 */
export function guardPlainRoutes(scope: FastifyInstance, verifier: JwtVerifier, roles: readonly StaffRole[]): void {
  scope.addHook('onRoute', (route) => {
    const declared = DECLARED.get(scope.server) ?? [];
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') declared.push({ method, url: route.url, roles });
    }
    DECLARED.set(scope.server, declared);
  });
  scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = await bearerPrincipal(verifier, request.headers.authorization);
    if (!principal) return refuse(request, reply, new DomainError('AUTH.UNAUTHENTICATED', 'Sign in: send a valid bearer token'));
    if (!roles.includes(principal.role)) return refuse(request, reply, new DomainError('AUTH.FORBIDDEN', 'Your role does not allow this'));
    return undefined;
  });
}

function refuse(request: FastifyRequest, reply: FastifyReply, error: DomainError): FastifyReply {
  respondWithError(error, request, reply);
  return reply;
}
