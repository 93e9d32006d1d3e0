import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import {
  dueNext, serviceLevelsFrom, systemClock, WorkingDayCalendar, type CalendarDate, type Clock, type DueNext, type FunnelMilestones,
  type FunnelStage, type RecruitmentServiceLevels,
} from '@app/domain';

/** The recruitment clocks as configured: the time now, the working-day calendar and the service levels. */
@Injectable()
export class RecruitmentClocks {
  readonly levels: RecruitmentServiceLevels;
  readonly calendar: WorkingDayCalendar;
  readonly clock: Clock = systemClock;

  constructor(@Inject(HEARTH_CONFIG) config: HearthConfig) {
    this.levels = serviceLevelsFrom(config);
    this.calendar = new WorkingDayCalendar(config.extraClosureDates as CalendarDate[]);
  }

  now(): Date {
    return this.clock.now();
  }

  dueNext(stage: FunnelStage, milestones: FunnelMilestones): DueNext | null {
    return dueNext(stage, milestones, this.levels, this.calendar);
  }
}
