import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { ANONYMISE_STALE_ENQUIRIES, HOUSEKEEPING_JOB_OPTIONS, HOUSEKEEPING_JOBS, PURGE_DISPATCHED_OUTBOX, RECOVER_LINK_REQUESTS } from '@app/queue';
import { CronSchedules, type CronSchedule } from '../queues/cron-schedules';
import { QueueRegistry } from '../queues/queue-registry';

/** The housekeeping jobs (outbox purge, retention, lost link requests), each on its configured cron pattern. */
@Injectable()
export class HousekeepingSchedules extends CronSchedules {
  constructor(queues: QueueRegistry, @Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    super(queues, 'housekeeping jobs');
  }

  protected schedules(): readonly CronSchedule[] {
    const patterns: Record<string, string> = {
      [PURGE_DISPATCHED_OUTBOX.name]: this.config.outboxPurgeCron,
      [ANONYMISE_STALE_ENQUIRIES.name]: this.config.enquiryRetentionCron,
      [RECOVER_LINK_REQUESTS.name]: this.config.linkRequestRecoveryCron,
    };
    return HOUSEKEEPING_JOBS.map(({ contract, schedulerId }) => ({ schedulerId, contract, pattern: patterns[contract.name], options: HOUSEKEEPING_JOB_OPTIONS }));
  }
}
