import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { APPLICATION_LINK_TEMPLATE, type Clock } from '@app/domain';
import { OutboxHousekeepingRepository, UnitOfWork } from '@app/persistence';
import { SEND_APPLICATION_LINK } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';
import { WORKER_CLOCK } from '../worker-clock';

/**
 * Times one request may be handed to BullMQ in all: a request nothing can answer (the person moved
 * on, so no link is due) is given up after a few tries rather than retried for ever.
 */
const MAX_DISPATCHES = 5;
/** Requests for a link are rare; this is far more than a run ever finds. */
const BATCH = 500;

/**
 * A request for a new application link is recorded as an outbox row (the relay hands it to
 * BullMQ; the row id is the job id). If no link went out within LINK_REQUEST_RECOVERY_MINUTES and
 * the job is no longer in BullMQ (Redis lost or flushed, the job removed), the row goes back to
 * the relay. Re-adding is safe: the job id is the row id, and the message's idempotency key is
 * the request's, so the person gets one link per request, never two.
 */
@Injectable()
export class RecoverLinkRequestsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxHousekeepingRepository,
    private readonly queues: QueueRegistry,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  execute(): Promise<{ unanswered: number; requeued: number }> {
    const now = this.clock.now().getTime();
    return this.unitOfWork.run(async (em) => {
      const unanswered = await this.outbox.lockUnansweredRequests(em, {
        jobName: SEND_APPLICATION_LINK.name, answeredBy: APPLICATION_LINK_TEMPLATE,
        from: new Date(now - this.config.linkRequestRecoveryWindowHours * 3_600_000),
        to: new Date(now - this.config.linkRequestRecoveryMinutes * 60_000),
        maxAttempts: MAX_DISPATCHES, limit: BATCH,
      });
      // Still in BullMQ (waiting behind others, retrying, or failed for good and visible): not lost, left alone.
      const queue = this.queues.get(SEND_APPLICATION_LINK.queue);
      const lost: string[] = [];
      for (const request of unanswered) {
        if (!(await queue.getJob(request.id))) lost.push(request.id);
      }
      await this.outbox.requeue(em, lost);
      return { unanswered: unanswered.length, requeued: lost.length };
    });
  }
}
