import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { ANONYMISE_STALE_ENQUIRIES, HOUSEKEEPING_JOB_OPTIONS, HOUSEKEEPING_JOBS, PURGE_DISPATCHED_OUTBOX, RECOVER_LINK_REQUESTS } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';

/** How long to wait before trying again to register the schedules while Redis is unreachable. */
const RETRY_MS = 5_000;
/** How often to check the schedulers are still there: a Redis that restarts empty forgets them. */
const WATCH_MS = 60_000;

/**
 * Registers the housekeeping jobs as BullMQ job schedulers (cron patterns, London time). Every
 * workers process upserts the same schedulers, and BullMQ makes one job per time however many
 * processes run: no timer that only one instance may hold. Changing a pattern and restarting
 * replaces the schedule.
 */
@Injectable()
export class HousekeepingSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('HousekeepingSchedules');
  private retry: NodeJS.Timeout | undefined;
  private watch: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.register();
    this.watch = setInterval(() => void this.restoreIfLost(), WATCH_MS);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.watch);
  }

  /** The cron pattern of each housekeeping job, from the configuration. */
  private patternFor(jobName: string): string {
    const patterns: Record<string, string> = {
      [PURGE_DISPATCHED_OUTBOX.name]: this.config.outboxPurgeCron,
      [ANONYMISE_STALE_ENQUIRIES.name]: this.config.enquiryRetentionCron,
      [RECOVER_LINK_REQUESTS.name]: this.config.linkRequestRecoveryCron,
    };
    return patterns[jobName];
  }

  /** Puts the schedulers back if Redis lost them; nothing else would until the workers restart. */
  async restoreIfLost(): Promise<void> {
    if (this.stopped) return;
    try {
      const present = await Promise.all(HOUSEKEEPING_JOBS.map(({ contract, schedulerId }) => this.queues.get(contract.queue).getJobScheduler(schedulerId)));
      if (present.every(Boolean)) return;
    } catch {
      return; // Redis unreachable: the next look will tell
    }
    await this.register();
  }

  private async register(): Promise<void> {
    try {
      for (const { contract, schedulerId } of HOUSEKEEPING_JOBS) {
        await this.queues.get(contract.queue).upsertJobScheduler(
          schedulerId,
          { pattern: this.patternFor(contract.name), tz: 'Europe/London' },
          { name: contract.name, data: { schemaVersion: contract.schemaVersion }, opts: HOUSEKEEPING_JOB_OPTIONS },
        );
      }
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ msg: 'could not schedule the housekeeping jobs yet; trying again', error: (error as Error).message });
      this.retry = setTimeout(() => void this.register(), RETRY_MS);
    }
  }
}
