import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * The route a request matched, as declared ("/apply/:token"), never the URL it came with: paths
 * carry link tokens and record ids, query strings whatever a client put there (an email address,
 * an OpenID Connect code), and logs must hold neither (STYLE.md §4). A query is only noted.
 */
export function loggableRoute(request: FastifyRequest): string {
  const route = request.routeOptions?.url ?? '[no route]';
  return request.url.includes('?') ? `${route}?…` : route;
}

const lineFor = (request: FastifyRequest, reply: FastifyReply) => ({
  http: { method: request.method, route: loggableRoute(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime), remoteAddress: request.ip },
});

/**
 * Fastify's request log lines, without the raw URL Fastify writes by default: one line per
 * request when it is answered (method, route pattern, status, time), under its correlation id.
 */
export class RoutePatternLogController extends LogController {
  override incomingRequest(): void {
    // The completed line says all there is to say, once.
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ ...lineFor(request, reply), err: error }, 'request errored');
    else reply.log.info(lineFor(request, reply), 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ http: { method: request.method, route: '[no route]' } }, 'route not found');
  }
}
