import type { FastifyReply, FastifyRequest } from 'fastify';
import { respondWithError } from '../errors/hearth-exception.filter';

/**
 * Fastify's router refuses a malformed URL (bad percent-encoding) or an over-long path
 * parameter before any hook, plugin or Nest filter runs. Answer those in the documented error
 * shape too, with the headers helmet would have added (no page is rendered, so nothing needs a nonce).
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .header('x-correlation-id', String(request.id))
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');
  respondWithError(error, request, reply);
}
