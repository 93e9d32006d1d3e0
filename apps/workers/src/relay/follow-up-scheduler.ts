import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import type { Clock } from '@app/domain';
import { FollowUpRepository, UnitOfWork } from '@app/persistence';
import { DEFAULT_JOB_OPTIONS, followUpJobId, SEND_FOLLOW_UP } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';
import { WORKER_CLOCK } from '../worker-clock';
import { PollLoop } from './poll-loop';

/**
 * Hands follow-ups coming due to BullMQ as delayed jobs, like the outbox relay: lock a batch,
 * add the jobs, mark them scheduled, commit. Follow-ups due months ahead stay in PostgreSQL only,
 * so a Redis lost or flushed loses nothing that cannot be rebuilt, and changed service levels
 * just move their due time.
 */
@Injectable()
export class FollowUpScheduler {
  readonly loop: PollLoop;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly followUps: FollowUpRepository,
    private readonly queues: QueueRegistry,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {
    this.loop = new PollLoop('FollowUpScheduler', () => this.scheduleBatch(), {
      idleMs: Math.max(config.outboxRelayIdleMs, 250), fullBatch: config.outboxRelayBatchSize, maxBackoffMs: 10_000,
    });
  }

  async scheduleBatch(): Promise<number> {
    const now = this.clock.now().getTime();
    const until = new Date(now + this.config.followUpScheduleAheadMinutes * 60_000);
    return this.unitOfWork.run(async (em) => {
      const due = await this.followUps.claimToSchedule(em, until, this.config.outboxRelayBatchSize);
      if (due.length === 0) return 0;
      await this.queues.addBulk(SEND_FOLLOW_UP.queue, due.map((f) => ({
        name: SEND_FOLLOW_UP.name,
        data: { schemaVersion: SEND_FOLLOW_UP.schemaVersion, followUpId: f.id },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: followUpJobId(f.id, f.scheduleCount + 1), delay: Math.max(0, f.dueAt.getTime() - now), priority: f.priority },
      })));
      await this.followUps.markScheduled(em, due.map((f) => f.id));
      return due.length;
    });
  }
}
