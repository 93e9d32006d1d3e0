import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppSpec } from './app-fleet';

/** The soak's own BullMQ prefix (its Redis is private too, but the prefix keeps its keys recognisable). */
export const SOAK_QUEUE_PREFIX = '{hearth-soak}';

export interface SoakPorts {
  readonly recruitment: number;
  readonly matching: number;
}

/**
 * One environment for all three apps, as an operator would set it: the soak's own database, Redis
 * and queue prefix, fresh secrets, production mode. Every limit stays at its default (the public
 * rate limit included): the load stays inside them rather than lifting them.
 */
export function soakAppEnv(databaseUrl: string, redisUrl: string, ports: SoakPorts): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: SOAK_QUEUE_PREFIX,
    HOST: '127.0.0.1',
    // The soak plays the load balancer, on loopback: each member of the public's address arrives as X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    // One process per app, so the RSS sampled is the process serving requests and a restart restarts it all.
    RECRUITMENT_PROCESSES: '1',
    MATCHING_PROCESSES: '1',
    RECRUITMENT_PORT: String(ports.recruitment),
    MATCHING_PORT: String(ports.matching),
    PUBLIC_BASE_URL: `http://127.0.0.1:${ports.recruitment}`,
    AUTH_JWT_ALGORITHM: 'HS256',
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
}

/** The built entry points (in the soak's snapshot of dist/), started as `npm run start:*` would. */
export function soakAppSpecs(buildDir: string, env: NodeJS.ProcessEnv, ports: SoakPorts): AppSpec[] {
  const script = (app: string) => join(buildDir, 'apps', app, 'src', 'main.js');
  return [
    { name: 'recruitment', script: script('recruitment'), env, port: ports.recruitment },
    { name: 'matching', script: script('matching'), env, port: ports.matching },
    // At info the workers log only start and stop (no per-job lines): the soak waits for "workers ready".
    { name: 'workers', script: script('workers'), env: { ...env, LOG_LEVEL: 'info' }, port: null },
  ];
}
