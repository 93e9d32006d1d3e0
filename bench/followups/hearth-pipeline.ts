import { randomBytes } from 'node:crypto';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { ConfigModule, readHearthConfig, type HearthConfig } from '@app/config';
import { redisConnection } from '@app/queue';
import { WORKER_CLOCK } from '../../apps/workers/src/worker-clock';
import { WorkersModule } from '../../apps/workers/src/workers.module';
import { countAcknowledged, withClient, writeOutbox } from './bench-database';
import type { FollowUpBenchOptions } from './options';

/**
 * The real pipeline: the workers as they boot in production (outbox relay, BullMQ, the planning
 * processor with the local notifier) take N enquiries' outbox rows to acknowledgements sent and
 * follow-ups stored. Returns follow-ups per second from writing the outbox rows to the last enquiry planned.
 */
export async function runHearthPipeline(options: FollowUpBenchOptions, prefix: string, total: number): Promise<number> {
  const config = benchConfig(options, prefix);
  await obliterate(options.redisUrl, prefix);
  const app = await NestFactory.createApplicationContext({ module: class BenchRoot {}, imports: [ConfigModule.forRoot(config), WorkersModule] }, { logger: ['error', 'warn'] });
  let seconds = 0;
  try {
    await withClient(options.databaseUrl, async (db) => {
      // The clock starts as the outbox rows are written, as the baseline's starts at its first add.
      const started = performance.now();
      await writeOutbox(db);
      while ((await countAcknowledged(db)) < total) await new Promise((r) => setTimeout(r, 20));
      seconds = (performance.now() - started) / 1000;
    });
  } finally {
    await app.close();
  }
  await obliterate(options.redisUrl, prefix);
  return total / seconds;
}

/**
 * The follow-ups that come due later (first-contact reminders and escalations), with the workers'
 * clock moved days ahead: the scheduler hands them to BullMQ and each is settled in a transaction
 * (lock, decide, record the message, mark it sent; jobs running together share a transaction).
 * Returns follow-ups per second.
 */
export async function runDueFollowUps(options: FollowUpBenchOptions, prefix: string): Promise<{ perSecond: number; sent: number }> {
  const config = benchConfig(options, prefix);
  const later = new Date(Date.now() + 7 * 86_400_000);
  const app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), WorkersModule] })
    .overrideProvider(WORKER_CLOCK).useValue({ now: () => later })
    .setLogger(new ConsoleLogger({ logLevels: ['error', 'warn'] }))
    .compile();
  let seconds = 0;
  let sent = 0;
  try {
    await withClient(options.databaseUrl, async (db) => {
      const pending = async () => (await db.query(`SELECT count(*)::int AS n FROM follow_up WHERE status = 'pending'`)).rows[0].n as number;
      const before = await pending();
      const started = performance.now();
      await app.init();
      while ((await pending()) > 0) await new Promise((r) => setTimeout(r, 20));
      seconds = (performance.now() - started) / 1000;
      sent = before;
    });
  } finally {
    await app.close();
  }
  await obliterate(options.redisUrl, prefix);
  return { perSecond: sent / seconds, sent };
}

function benchConfig(options: FollowUpBenchOptions, prefix: string): HearthConfig {
  return {
    ...readHearthConfig({
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), SESSION_SECRET: randomBytes(32).toString('base64url'),
    }),
    databaseUrl: options.databaseUrl, redisUrl: options.redisUrl, queuePrefix: prefix, databasePoolSize: options.poolSize,
    workerConcurrency: options.concurrency, outboxRelayBatchSize: 1000, outboxRelayIdleMs: 50,
  };
}

async function obliterate(redisUrl: string, prefix: string): Promise<void> {
  const connection = redisConnection(redisUrl);
  const queue = new Queue('recruitment', { connection, prefix });
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  connection.disconnect();
}
