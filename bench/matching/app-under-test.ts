import { randomBytes } from 'node:crypto';
import { mintStaffToken } from '@app/auth';
import type { HearthConfig } from '@app/config';
import type { SampledReferral } from './bench-database';

/**
 * The matching app's environment for a benchmark: production mode, its own port and secrets, and
 * nothing read from a developer's .env (the apps run in .bench/).
 */
export function matchingAppEnv(databaseUrl: string, redisUrl: string, port: number, processes: number, secret = randomBytes(32).toString('base64url')): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '10',
    REDIS_URL: redisUrl, QUEUE_PREFIX: '{hearth-bench}', HOST: '127.0.0.1', MATCHING_PORT: String(port), MATCHING_PROCESSES: String(processes),
    AUTH_JWT_ALGORITHM: 'HS256', AUTH_JWT_SECRET: secret, SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
}

/** A placement officer's token for each council in the sample, an hour long, signed with the app's secret. */
export async function officerTokens(config: HearthConfig, sample: readonly SampledReferral[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const code of new Set(sample.map((s) => s.councilCode))) {
    map.set(code, await mintStaffToken(config, { subject: `bench-officer-${code}`, role: 'placement-officer', scope: { kind: 'council', code }, ttlSeconds: 3600 }));
  }
  return map;
}
