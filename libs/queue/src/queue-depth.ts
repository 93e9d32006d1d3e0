import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** How much work one queue holds, and how long the longest-waiting job has waited. */
export interface QueueDepth {
  readonly queue: string;
  /** Ready to run now: plain waiting jobs and prioritized ones (BullMQ keeps those apart). */
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  /** Failed for good and kept for inspection (DEFAULT_JOB_OPTIONS.removeOnFail). */
  readonly failed: number;
  /** Seconds since the oldest job still waiting to run was added; 0 when nothing waits. */
  readonly oldestWaitingSeconds: number;
}

/** BullMQ scores a prioritized job priority × 2^32 + an insertion counter, so each priority is one band of scores. */
const PRIORITY_BAND = 0x100000000;
/** More bands than any queue here uses (JOB_PRIORITY has two); a bound, so a strange queue cannot make a scrape slow. */
const MAX_BANDS = 32;

/** Reads one queue's depth; `redis` is a connection to the queue's Redis, `now` the time to measure ages from. */
export async function readQueueDepth(queue: Queue, redis: Redis, now: number): Promise<QueueDepth> {
  const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'failed');
  const oldest = await oldestWaitingTimestamp(queue, redis);
  return {
    queue: queue.name,
    waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0),
    delayed: counts.delayed ?? 0,
    active: counts.active ?? 0,
    failed: counts.failed ?? 0,
    oldestWaitingSeconds: oldest === null ? 0 : Math.max(0, (now - oldest) / 1000),
  };
}

/**
 * The oldest of: the head of the plain waiting list, and the head of each priority band.
 * Within a band jobs are in insertion order, but a band of urgent jobs sorts before older,
 * less urgent ones, so the first prioritized job overall is not necessarily the oldest.
 */
async function oldestWaitingTimestamp(queue: Queue, redis: Redis): Promise<number | null> {
  const [head] = await queue.getJobs(['wait'], 0, 0, true);
  const stamps = head ? [head.timestamp] : [];
  let from = 0;
  for (let band = 0; band < MAX_BANDS; band++) {
    const [id, score] = await redis.zrangebyscore(queue.keys.prioritized, from, '+inf', 'WITHSCORES', 'LIMIT', 0, 1);
    if (id === undefined) break;
    const job = await queue.getJob(id);
    if (job) stamps.push(job.timestamp);
    from = (Math.floor(Number(score) / PRIORITY_BAND) + 1) * PRIORITY_BAND;
  }
  return stamps.length > 0 ? Math.min(...stamps) : null;
}
