import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@app/domain';

/** No request this platform takes nests deeper than a few levels; 32 leaves room and keeps recursive mappers safe. */
export const MAX_BODY_DEPTH = 32;

/**
 * Whether a parsed body nests deeper than `max`. Walked with an explicit stack, because the point
 * is that recursion over attacker-chosen depth (class-transformer's, for one) runs out of stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first field (as "children.0.religion") holding text that cannot be stored: PostgreSQL
 * refuses a NUL character outright, and a lone UTF-16 surrogate is not Unicode at all (the
 * database driver would silently turn it into U+FFFD). Null when every string is fine.
 */
export function firstUnstorableText(value: unknown, prefix = ''): string | null {
  const pending: [unknown, string][] = [[value, prefix]];
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000') || LONE_SURROGATE.test(current)) return (path || 'body').slice(0, 200);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) pending.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}

function unstorableIn(request: FastifyRequest): string | null {
  return firstUnstorableText(request.params) ?? firstUnstorableText(request.query) ?? firstUnstorableText(request.body);
}

/**
 * Refuses, before any guard, pipe or query sees them, bodies nested too deeply (400
 * REQUEST.MALFORMED_BODY) and text that cannot be stored (400 REQUEST.VALIDATION_FAILED naming
 * the field), so neither reaches code that would fail on it with a 500.
 */
export function registerInputGuards(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    if (nestsDeeperThan(request.body, MAX_BODY_DEPTH)) {
      throw new DomainError('REQUEST.MALFORMED_BODY', `The request body is nested more than ${MAX_BODY_DEPTH} levels deep`);
    }
    const field = unstorableIn(request);
    if (field !== null) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field, rule: 'text', message: `${field} must be plain text, without null characters or broken Unicode` },
      ]);
    }
  });
}
