import { Redis } from 'ioredis';
import { watchConnection } from './connection-watch';
import { ALL_JOB_CONTRACTS, type JobContract } from './job-contracts';

/**
 * A connection for adding jobs. Unlike a worker's, it fails at once while Redis is unreachable
 * instead of queueing the command, so the outbox relay rolls back and tries again later rather
 * than holding its rows locked until Redis returns.
 */
export function producerConnection(url: string): Redis {
  return watchConnection(new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, lazyConnect: false }), 'producer');
}

/** The queue a job name belongs to: every name must have a contract. */
export function contractFor(jobName: string): JobContract<{ schemaVersion: number }> | undefined {
  return ALL_JOB_CONTRACTS.find((c) => c.name === jobName);
}

export function queueNames(): string[] {
  return [...new Set(ALL_JOB_CONTRACTS.map((c) => c.queue))];
}
