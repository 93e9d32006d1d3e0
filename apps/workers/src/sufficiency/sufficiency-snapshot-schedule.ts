import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { SUFFICIENCY_SNAPSHOT_JOB_OPTIONS, SUFFICIENCY_SNAPSHOT_SCHEDULER_ID, TAKE_SUFFICIENCY_SNAPSHOT } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';

/** How long to wait before trying again to register the schedule while Redis is unreachable. */
const RETRY_MS = 5_000;

/**
 * Registers the daily snapshot as a BullMQ job scheduler (SUFFICIENCY_SNAPSHOT_CRON, London time).
 * A scheduler, not a timer: every workers process upserts the same one, and BullMQ makes one job
 * per time however many processes run. Changing the setting and restarting replaces the schedule.
 */
@Injectable()
export class SufficiencySnapshotSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SufficiencySnapshotSchedule');
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly queues: QueueRegistry,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.register();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async register(): Promise<void> {
    try {
      await this.queues.get(TAKE_SUFFICIENCY_SNAPSHOT.queue).upsertJobScheduler(
        SUFFICIENCY_SNAPSHOT_SCHEDULER_ID,
        { pattern: this.config.sufficiencySnapshotCron, tz: 'Europe/London' },
        { name: TAKE_SUFFICIENCY_SNAPSHOT.name, data: { schemaVersion: TAKE_SUFFICIENCY_SNAPSHOT.schemaVersion }, opts: SUFFICIENCY_SNAPSHOT_JOB_OPTIONS },
      );
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ msg: 'could not schedule the sufficiency snapshot yet; trying again', error: (error as Error).message });
      this.retry = setTimeout(() => void this.register(), RETRY_MS);
    }
  }
}
