import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { producerConnection, queueNames } from './queue-connections';
import { readQueueDepth, type QueueDepth } from './queue-depth';

/** Longest a scrape waits for Redis: a metrics endpoint must answer even while Redis is away. */
const READ_TIMEOUT_MS = 1_000;

/**
 * Reads the depth of every queue the job contracts name, for the HTTP apps' /metrics. It has a
 * connection of its own that fails fast while Redis is unreachable, instead of queueing commands.
 */
@Injectable()
export class QueueHealthReader implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly queues: Queue[];
  private whenReady: Promise<void> | null = null;

  constructor(@Inject(HEARTH_CONFIG) config: HearthConfig) {
    this.redis = producerConnection(config.redisUrl);
    // Reconnection is ioredis's job; an unhandled 'error' event would end the process.
    this.redis.on('error', () => undefined);
    this.queues = queueNames().map((name) => {
      const queue = new Queue(name, { connection: this.redis, prefix: config.queuePrefix });
      queue.on('error', () => undefined);
      return queue;
    });
  }

  /** Every queue's depth, ages measured from `now`; rejects when Redis does not answer in time. */
  async read(now: number = Date.now()): Promise<QueueDepth[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis did not answer in time')), READ_TIMEOUT_MS);
    });
    try {
      const depths = this.ready().then(() => Promise.all(this.queues.map((q) => readQueueDepth(q, this.redis, now))));
      return await Promise.race([depths, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The connection refuses commands until it is ready (no offline queue): a first scrape just after boot waits for it. */
  private ready(): Promise<void> {
    if (this.redis.status === 'ready') return Promise.resolve();
    this.whenReady ??= new Promise((resolve) => this.redis.once('ready', () => {
      this.whenReady = null;
      resolve();
    }));
    return this.whenReady;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
