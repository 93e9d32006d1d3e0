import { randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { producerConnection } from './queue-connections';
import { redisConnection } from './redis.module';
import { readQueueDepth } from './queue-depth';

jest.setTimeout(20_000);

describe('readQueueDepth against the real Redis', () => {
  const prefix = `{hearth-test-depth-${randomBytes(3).toString('hex')}}`;
  const redis = producerConnection(process.env.REDIS_URL!);
  const queue = new Queue('depth', { connection: redis, prefix });
  const now = Date.parse('2026-11-20T12:00:00Z');
  const minutesAgo = (m: number) => now - m * 60_000;

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  });

  it('is empty, with no waiting age, for a queue with no jobs', async () => {
    expect(await readQueueDepth(queue, redis, now)).toEqual({ queue: 'depth', waiting: 0, delayed: 0, active: 0, failed: 0, oldestWaitingSeconds: 0 });
  });

  it('counts waiting (plain and prioritized), delayed and failed jobs, and finds the oldest waiting one in any priority band', async () => {
    const connection = redisConnection(process.env.REDIS_URL!);
    const worker = new Worker('depth', async () => { throw new UnrecoverableError('refused'); }, { connection, prefix });
    await queue.add('broken', {}, { attempts: 1 });
    await new Promise<void>((resolve) => worker.once('failed', () => resolve()));
    await worker.close();
    connection.disconnect();

    await queue.add('plain', {}, { timestamp: minutesAgo(3) });
    // An urgent job sorts first, yet the less urgent one has waited longest.
    await queue.add('urgent', {}, { priority: 1, timestamp: minutesAgo(1) });
    await queue.add('routine', {}, { priority: 5, timestamp: minutesAgo(10) });
    await queue.add('routine', {}, { priority: 5, timestamp: minutesAgo(2) });
    await queue.add('later', {}, { delay: 3_600_000 });

    expect(await readQueueDepth(queue, redis, now)).toEqual({ queue: 'depth', waiting: 4, delayed: 1, active: 0, failed: 1, oldestWaitingSeconds: 600 });
  });
});
