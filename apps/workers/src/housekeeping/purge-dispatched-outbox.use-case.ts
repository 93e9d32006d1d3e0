import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import type { Clock } from '@app/domain';
import { OutboxHousekeepingRepository } from '@app/persistence';
import { WORKER_CLOCK } from '../worker-clock';

/** Enough for a busy week at the default batch size; what is left waits for the next run rather than holding one job for ever. */
const MAX_BATCHES_PER_RUN = 200;

/**
 * Deletes outbox rows handed to BullMQ more than OUTBOX_PURGE_AFTER_DAYS ago. Such a row has done
 * its work (its job ran, or is long failed and visible in BullMQ), and at a thousand enquiries a
 * second the table would otherwise grow without end. Batches keep each delete's locks short.
 */
@Injectable()
export class PurgeDispatchedOutboxUseCase {
  constructor(
    private readonly outbox: OutboxHousekeepingRepository,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ purged: number }> {
    const before = new Date(this.clock.now().getTime() - this.config.outboxPurgeAfterDays * 86_400_000);
    let purged = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const deleted = await this.outbox.purgeDispatched(before, this.config.outboxPurgeBatchSize);
      purged += deleted;
      if (deleted < this.config.outboxPurgeBatchSize) break;
    }
    return { purged };
  }
}
