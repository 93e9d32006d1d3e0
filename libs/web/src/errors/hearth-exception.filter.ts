import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpStatusForCode, STATUS_NAMES } from './http-status-for-code';
import type { ErrorBody, ServerErrorBody } from './error-body';
import { toDomainError } from './to-domain-error';

/** Renders an HTML error page for browsers; registered by apps that serve pages. */
export type HtmlErrorRenderer = (request: FastifyRequest, reply: FastifyReply, status: number) => void;

const logger = new Logger('HttpErrors');

/**
 * Turns any error into the documented answer: the STYLE.md §5 body for API clients, an
 * HTML page for browsers. Nest routes Fastify's own errors (body parsing, rate limiting,
 * hooks) through the same global filter, so this is the one place answers are shaped.
 */
export function respondWithError(exception: unknown, request: FastifyRequest, reply: FastifyReply, renderHtml?: HtmlErrorRenderer): void {
  const correlationId = String(request.id);
  const domainError = toDomainError(exception);
  const status = domainError ? httpStatusForCode(domainError.code) : 500;
  if (!domainError) {
    logger.error({ msg: 'unhandled error', correlationId, err: exception instanceof Error ? exception.stack : String(exception) });
  }
  // Clients and proxies may try again once PostgreSQL is back (a restart takes seconds).
  if (status === 503) void reply.header('retry-after', '5');
  if (renderHtml && wantsHtml(request)) {
    renderHtml(request, reply, status);
    return;
  }
  if (!domainError) {
    const body: ServerErrorBody = { message: 'Internal server error', correlationId };
    void reply.status(500).send(body);
    return;
  }
  const body: ErrorBody = {
    statusCode: status,
    error: STATUS_NAMES[status] ?? 'Error',
    code: domainError.code,
    message: domainError.message,
    ...(domainError.details ? { details: domainError.details } : {}),
    correlationId,
  };
  void reply.status(status).send(body);
}

/** The one place where errors thrown in Nest handlers become HTTP answers (STYLE.md §5). */
@Catch()
export class HearthExceptionFilter implements ExceptionFilter {
  constructor(private readonly renderHtml?: HtmlErrorRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    respondWithError(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.renderHtml);
  }
}

function wantsHtml(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/') || request.url.startsWith('/health')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
