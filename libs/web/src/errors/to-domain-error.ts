import { HttpException } from '@nestjs/common';
import { DomainError } from '@app/domain';

/**
 * Translates what the framework throws (unknown route, oversized or malformed body, wrong
 * content type, rate limit) into our stable codes. Anything else is a genuine 500.
 */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error)) return new DomainError('SERVICE.UNAVAILABLE', 'The service is briefly unavailable: try again in a few seconds');
  const status = httpStatusOf(error);
  const fastifyCode = (error as { code?: string }).code ?? '';
  // The router's own refusals: a URL that cannot be decoded, or a path parameter no id is ever that long.
  if (fastifyCode === 'FST_ERR_BAD_URL' || fastifyCode === 'FST_ERR_MAX_PARAM_LENGTH' || status === 414) {
    return new DomainError('REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint');
  }
  if (status === 413 || fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new DomainError('REQUEST.PAYLOAD_TOO_LARGE', 'The request body is too large');
  }
  if (status === 415 || fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new DomainError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json');
  }
  if (status === 429) return new DomainError('REQUEST.RATE_LIMITED', 'Too many requests: wait a minute and try again');
  if (status === 404) return new DomainError('REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint');
  if (status === 400) return new DomainError('REQUEST.MALFORMED_BODY', 'The request body could not be read: send valid JSON');
  if (status === 405) return new DomainError('REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint');
  return null;
}

function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * PostgreSQL refusing or dropping connections (restarting, shutting down, too many clients), as the
 * driver reports it directly or wrapped by TypeORM: a moment's outage, not a fault in the request.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; driverError?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))) return true;
    if (typeof e.message === 'string' && /Connection terminated|terminating connection|not yet accepting connections/.test(e.message)) return true;
    e = e.driverError as typeof e;
  }
  return false;
}
