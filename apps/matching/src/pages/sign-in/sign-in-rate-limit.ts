import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';

/**
 * Route config for every way into a staff session: the development form, and the start and the
 * callback of OpenID Connect (each callback costs a round trip to the provider). The budget per
 * client address (RATE_LIMIT_SIGN_IN_PER_MINUTE) is counted in Redis, shared by every instance.
 */
export const SIGN_IN_RATE_LIMIT = { rateLimit: { timeWindow: 60_000 } };

/** Registers the limiter for the routes that opt in with SIGN_IN_RATE_LIMIT; the rest of the app is not limited. */
export async function registerSignInRateLimit(fastify: FastifyInstance, redis: Redis, perMinute: number): Promise<void> {
  await fastify.register(rateLimit, {
    global: false,
    max: perMinute,
    timeWindow: 60_000,
    redis,
    nameSpace: 'hearth-sign-in-limit:',
    // A Redis outage must not lock every member of staff out.
    skipOnError: true,
  });
}
