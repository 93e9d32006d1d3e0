import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@app/domain';
import { FollowUpRepository, NotificationRepository } from '@app/persistence';
import { followUpJobId, SEND_FOLLOW_UP } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';
import { WORKER_CLOCK } from '../worker-clock';
import { FOLLOW_UP_POLICY, type ConfiguredFollowUpPolicy } from './follow-up-policy';
import { PlanEnquiryFollowUpsUseCase } from './plan-enquiry-follow-ups.use-case';

/** Applicants handled per run; the next run takes the rest. */
const BATCH = 500;
/** A new enquiry's own planning job gets this long before the sweep plans it instead. */
const NEW_ENQUIRY_GRACE_MS = 60_000;
/** A follow-up this overdue whose job is missing from Redis lost it (Redis restarted empty). */
const LOST_JOB_AFTER_MS = 5 * 60_000;

/** A provider call outstanding this long was cut off by a crash. */
const ABANDONED_SEND_AFTER_MS = 10 * 60_000;

export interface RefreshOutcome {
  readonly replanned: number;
  readonly recovered: number;
  readonly abandonedSends: number;
}

/**
 * The safety net, run as a BullMQ repeatable job: plans again every open applicant whose record
 * changed since their plan (a contact attempt, a move, a link), whose plan is missing, or whose
 * plan was made under other service levels; hands back to the scheduler follow-ups whose job
 * Redis lost; and flags provider sends a crash cut off.
 */
@Injectable()
export class RefreshFollowUpPlansUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly notifications: NotificationRepository,
    private readonly plan: PlanEnquiryFollowUpsUseCase,
    private readonly queues: QueueRegistry,
    @Inject(FOLLOW_UP_POLICY) private readonly configured: ConfiguredFollowUpPolicy,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<RefreshOutcome> {
    const now = this.clock.now().getTime();
    const stale = await this.followUps.findPlansToRefresh(this.configured.key, new Date(now - NEW_ENQUIRY_GRACE_MS), BATCH);
    if (stale.length > 0) await this.plan.executeMany(stale);
    const recovered = await this.recoverLostJobs(now);
    // Real time, not the injected clock: it measures a provider call, not a recruitment deadline.
    const abandonedSends = await this.notifications.markAbandonedSendsUnknown(new Date(Date.now() - ABANDONED_SEND_AFTER_MS));
    return { replanned: stale.length, recovered, abandonedSends };
  }

  private async recoverLostJobs(now: number): Promise<number> {
    const overdue = await this.followUps.findOverdueScheduled(new Date(now - LOST_JOB_AFTER_MS), BATCH);
    const queue = this.queues.get(SEND_FOLLOW_UP.queue);
    const lost: string[] = [];
    for (const f of overdue) {
      if (!(await queue.getJob(followUpJobId(f.id, f.scheduleCount)))) lost.push(f.id);
    }
    if (lost.length > 0) await this.followUps.unschedule(lost);
    return lost.length;
  }
}
