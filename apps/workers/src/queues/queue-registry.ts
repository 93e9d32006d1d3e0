import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { producerConnection, queueNames } from '@app/queue';

/** Longest a batch of adds may take before the relay gives up and rolls back (Redis down or stalled). */
const ADD_TIMEOUT_MS = 5_000;

/**
 * One BullMQ Queue per queue name, all under the hash-tagged prefix, sharing one producer
 * connection that fails fast while Redis is down.
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    this.connection = producerConnection(config.redisUrl);
    // Reconnection is ioredis's job; an unhandled 'error' event would end the process.
    this.connection.on('error', () => undefined);
  }

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      if (!queueNames().includes(name)) throw new Error(`no job contract uses queue ${name}`);
      queue = new Queue(name, { connection: this.connection, prefix: this.config.queuePrefix });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds jobs, refusing to wait longer than ADD_TIMEOUT_MS: a relay must not hold its rows while Redis is away. */
  async addBulk(name: string, jobs: Parameters<Queue['addBulk']>[0]): Promise<void> {
    if (this.connection.status !== 'ready') throw new Error(`Redis is not connected (${this.connection.status})`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('adding jobs to Redis timed out')), ADD_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.get(name).addBulk(jobs), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    if (this.connection.status === 'ready') await this.connection.quit().catch(() => this.connection.disconnect());
    else this.connection.disconnect();
  }
}
