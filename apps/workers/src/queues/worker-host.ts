import {
  Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit,
} from '@nestjs/common';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { ALL_JOB_CONTRACTS, queueNames, redisConnection, REFRESH_FOLLOW_UP_PLANS } from '@app/queue';
import { JOB_PROCESSORS, type JobProcessor } from '../processors/job-processor';
import { FollowUpScheduler } from '../relay/follow-up-scheduler';
import { NotificationDelivery } from '../relay/notification-delivery';
import { OutboxRelay } from '../relay/outbox-relay';
import { JobDispatcher } from './job-dispatcher';
import { checkWiring } from './processor-wiring';
import { QueueRegistry } from './queue-registry';

const REFRESH_SCHEDULER_ID = REFRESH_FOLLOW_UP_PLANS.name.replace(/\W/g, '-');

/**
 * Starts the BullMQ workers (one per queue), the outbox relay, the follow-up scheduler and the
 * repeatable refresh job; on SIGTERM stops taking work and waits for jobs in flight to finish
 * before the database and Redis connections close.
 */
@Injectable()
export class WorkerHost implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerHost');
  private dispatcher!: JobDispatcher;
  private readonly workers: { worker: Worker; connection: Redis }[] = [];
  private schedulerRetry: NodeJS.Timeout | undefined;
  private schedulerWatch: NodeJS.Timeout | undefined;

  constructor(
    @Inject(JOB_PROCESSORS) private readonly processors: JobProcessor[],
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
    private readonly queues: QueueRegistry,
    private readonly relay: OutboxRelay,
    private readonly scheduler: FollowUpScheduler,
    private readonly delivery: NotificationDelivery,
  ) {}

  /** Fails the boot, before any job is taken, if a contract has no processor or two. */
  onModuleInit(): void {
    this.dispatcher = new JobDispatcher(checkWiring(ALL_JOB_CONTRACTS, this.processors));
  }

  onApplicationBootstrap(): void {
    for (const name of queueNames()) this.workers.push(this.startWorker(name));
    this.relay.loop.start();
    this.scheduler.loop.start();
    if (this.delivery.needed) this.delivery.loop.start();
    void this.scheduleRefresh();
    // A Redis that restarts empty forgets job schedulers, and nothing else would put this one back:
    // look for it as often as it runs, so the safety net that rebuilds lost jobs comes back too.
    this.schedulerWatch = setInterval(() => void this.restoreRefreshIfLost(), this.config.followUpRefreshSeconds * 1000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.schedulerRetry);
    clearInterval(this.schedulerWatch);
    await Promise.all([this.relay.loop.stop(), this.scheduler.loop.stop(), this.delivery.loop.stop()]);
    // close() waits for the jobs in flight; the database and Redis close only afterwards.
    await Promise.all(this.workers.map(async ({ worker, connection }) => {
      await closeWorker(worker, connection);
      connection.disconnect();
    }));
    this.logger.log({ msg: 'workers stopped' });
  }

  private startWorker(queue: string): { worker: Worker; connection: Redis } {
    const connection = redisConnection(this.config.redisUrl);
    connection.on('error', () => undefined);
    const worker = new Worker(queue, (job) => this.dispatcher.run(job), {
      connection, prefix: this.config.queuePrefix, concurrency: this.config.workerConcurrency,
      lockDuration: this.config.workerLockMs, stalledInterval: this.config.workerStalledCheckMs,
    });
    worker.on('error', (error) => this.logger.warn({ msg: 'worker error', queue, error: error.message }));
    worker.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.logger.error({ msg: 'job failed for good', queue, job: job.name, jobId: job.id, error: error.message });
      }
    });
    return { worker, connection };
  }

  /** The refresh job is a BullMQ job scheduler, so one run happens per interval however many workers there are. */
  private async scheduleRefresh(): Promise<void> {
    try {
      await this.queues.get(REFRESH_FOLLOW_UP_PLANS.queue).upsertJobScheduler(
        REFRESH_SCHEDULER_ID,
        { every: this.config.followUpRefreshSeconds * 1000 },
        { name: REFRESH_FOLLOW_UP_PLANS.name, data: { schemaVersion: REFRESH_FOLLOW_UP_PLANS.schemaVersion }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    } catch {
      this.schedulerRetry = setTimeout(() => void this.scheduleRefresh(), 5_000);
    }
  }

  private async restoreRefreshIfLost(): Promise<void> {
    try {
      if (await this.queues.get(REFRESH_FOLLOW_UP_PLANS.queue).getJobScheduler(REFRESH_SCHEDULER_ID)) return;
    } catch {
      return; // Redis unreachable: the next look will tell
    }
    this.logger.warn({ msg: 'the follow-up refresh job scheduler was missing from Redis (restarted empty?); scheduling it again' });
    await this.scheduleRefresh();
  }
}

/** Longest wait for jobs in flight on shutdown; after it they are left to BullMQ's stalled-job recovery. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Waits for jobs in flight, unless Redis is unreachable: then they could not be marked finished
 * anyway, so the worker stops at once and BullMQ runs them again (their effects are idempotent).
 */
async function closeWorker(worker: Worker, connection: Redis): Promise<void> {
  if (connection.status !== 'ready') {
    await worker.close(true).catch(() => undefined);
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), SHUTDOWN_GRACE_MS); });
  const outcome = await Promise.race([worker.close().then(() => 'closed' as const, () => 'closed' as const), grace]);
  clearTimeout(timer);
  if (outcome === 'timeout') await worker.close(true).catch(() => undefined);
}
