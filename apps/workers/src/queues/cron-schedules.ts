import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import type { QueueRegistry } from './queue-registry';

/** How long to wait before trying again to register the schedules while Redis is unreachable. */
const RETRY_MS = 5_000;
/** How often to check the schedulers are still there: a Redis that restarts empty forgets them. */
const WATCH_MS = 60_000;

/** One job run on a cron pattern (London time). */
export interface CronSchedule {
  readonly schedulerId: string;
  readonly contract: { readonly name: string; readonly queue: string; readonly schemaVersion: number };
  readonly pattern: string;
  readonly options: JobsOptions;
}

/**
 * Registers jobs as BullMQ job schedulers. A scheduler, not a timer: every workers process upserts
 * the same ones, and BullMQ makes one job per time however many processes run; changing a pattern
 * and restarting replaces the schedule. Schedulers Redis lost (a restart with no persistence) are
 * put back within a minute, since nothing else would until the workers restart.
 */
export abstract class CronSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private retry: NodeJS.Timeout | undefined;
  private watch: NodeJS.Timeout | undefined;
  private stopped = false;

  protected constructor(private readonly queues: QueueRegistry, private readonly what: string) {
    this.logger = new Logger(new.target.name);
  }

  protected abstract schedules(): readonly CronSchedule[];

  onApplicationBootstrap(): void {
    void this.register();
    this.watch = setInterval(() => void this.restoreIfLost(), WATCH_MS);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.watch);
  }

  async restoreIfLost(): Promise<void> {
    if (this.stopped) return;
    try {
      const present = await Promise.all(this.schedules().map((s) => this.queues.get(s.contract.queue).getJobScheduler(s.schedulerId)));
      if (present.every(Boolean)) return;
    } catch {
      return; // Redis unreachable: the next look will tell
    }
    await this.register();
  }

  private async register(): Promise<void> {
    try {
      for (const { schedulerId, contract, pattern, options } of this.schedules()) {
        await this.queues.get(contract.queue).upsertJobScheduler(
          schedulerId, { pattern, tz: 'Europe/London' }, { name: contract.name, data: { schemaVersion: contract.schemaVersion }, opts: options });
      }
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ msg: `could not schedule the ${this.what} yet; trying again`, error: (error as Error).message });
      this.retry = setTimeout(() => void this.register(), RETRY_MS);
    }
  }
}
