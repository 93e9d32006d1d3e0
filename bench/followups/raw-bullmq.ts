import { Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { redisConnection } from '@app/queue';
import type { FollowUpBenchOptions } from './options';

const RAW_QUEUE = 'bench-raw';

/**
 * The baseline: N jobs added to BullMQ and run by a bare worker that does only the essential
 * write, one notification row per job, on the same Redis, PostgreSQL, concurrency and pool.
 * Returns jobs per second from the first add to the last row.
 */
export async function runRawBullmq(options: FollowUpBenchOptions, prefix: string, enquiryIds: readonly string[]): Promise<number> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const producer = redisConnection(options.redisUrl);
  const queue = new Queue(RAW_QUEUE, { connection: producer, prefix });
  await queue.obliterate({ force: true }).catch(() => undefined);
  let done = 0;
  let finished!: () => void;
  const allDone = new Promise<void>((r) => (finished = r));
  const consumer = redisConnection(options.redisUrl);
  const started = performance.now();
  const worker = new Worker(RAW_QUEUE, async (job) => {
    await pool.query(
      `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation)
       VALUES ($1, 'email', 'raw', 'applicant', $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING`,
      [`raw.${job.data.enquiryId}`, job.data.enquiryId, 'bench@example.com', { reference: job.id }]);
    if (++done === enquiryIds.length) finished();
  }, { connection: consumer, prefix, concurrency: options.concurrency, removeOnComplete: { count: 1000 } });
  for (let i = 0; i < enquiryIds.length; i += 1000) {
    await queue.addBulk(enquiryIds.slice(i, i + 1000).map((enquiryId) => ({ name: 'bench.raw', data: { schemaVersion: 1, enquiryId } })));
  }
  await allDone;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  producer.disconnect();
  consumer.disconnect();
  await pool.end();
  return enquiryIds.length / seconds;
}
