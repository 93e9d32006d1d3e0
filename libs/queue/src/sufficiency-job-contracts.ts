import type { JobContract } from './job-contracts';

/** Repeatable (daily by default): stores the day's published sufficiency figures of every area. */
export interface TakeSufficiencySnapshotPayload {
  readonly schemaVersion: 1;
}

/**
 * Its own queue, so a recompute of all of England (a second or two, one database connection)
 * never sits between follow-ups that are due.
 */
export const TAKE_SUFFICIENCY_SNAPSHOT: JobContract<TakeSufficiencySnapshotPayload> = {
  name: 'sufficiency.take-snapshot',
  queue: 'sufficiency',
  schemaVersion: 1,
  isValid: (p: unknown): p is TakeSufficiencySnapshotPayload =>
    typeof p === 'object' && p !== null && (p as TakeSufficiencySnapshotPayload).schemaVersion === 1,
};

/** The job scheduler's id (BullMQ reserves ':' in ids). */
export const SUFFICIENCY_SNAPSHOT_SCHEDULER_ID = 'sufficiency-take-snapshot';

/** A snapshot that fails is retried a few times within the day, then left failed for an operator to see. */
export const SUFFICIENCY_SNAPSHOT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { count: 30 },
  removeOnFail: { count: 30 },
} as const;
