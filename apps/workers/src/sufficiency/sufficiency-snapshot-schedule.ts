import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { SUFFICIENCY_SNAPSHOT_JOB_OPTIONS, SUFFICIENCY_SNAPSHOT_SCHEDULER_ID, TAKE_SUFFICIENCY_SNAPSHOT } from '@app/queue';
import { CronSchedules, type CronSchedule } from '../queues/cron-schedules';
import { QueueRegistry } from '../queues/queue-registry';

/** The daily snapshot of every area's sufficiency figures (SUFFICIENCY_SNAPSHOT_CRON, London time). */
@Injectable()
export class SufficiencySnapshotSchedule extends CronSchedules {
  constructor(queues: QueueRegistry, @Inject(HEARTH_CONFIG) private readonly config: HearthConfig) {
    super(queues, 'sufficiency snapshot');
  }

  protected schedules(): readonly CronSchedule[] {
    return [{
      schedulerId: SUFFICIENCY_SNAPSHOT_SCHEDULER_ID, contract: TAKE_SUFFICIENCY_SNAPSHOT, pattern: this.config.sufficiencySnapshotCron,
      options: SUFFICIENCY_SNAPSHOT_JOB_OPTIONS,
    }];
  }
}
