import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { OutboxRelayRepository, UnitOfWork, type PendingOutboxMessage } from '@app/persistence';
import { ALL_JOB_CONTRACTS, contractFor, DEFAULT_JOB_OPTIONS } from '@app/queue';
import { QueueRegistry } from '../queues/queue-registry';
import { PollLoop } from './poll-loop';

const KNOWN_JOBS = ALL_JOB_CONTRACTS.map((c) => c.name);

/**
 * Moves outbox rows to BullMQ. One transaction per batch: lock the oldest undispatched rows
 * (skipping those another relay holds), add each as a job whose id is the row's id, mark them
 * dispatched, commit. If Redis refuses, the transaction rolls back and the rows wait for the next
 * try; if the commit fails after the adds, the next relay adds them again and BullMQ ignores the
 * repeated job ids. So each row reaches BullMQ at least once, and its job exists once.
 */
@Injectable()
export class OutboxRelay {
  readonly loop: PollLoop;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxRelayRepository,
    private readonly queues: QueueRegistry,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {
    this.loop = new PollLoop('OutboxRelay', () => this.relayBatch(), {
      idleMs: config.outboxRelayIdleMs, fullBatch: config.outboxRelayBatchSize, maxBackoffMs: 10_000,
    });
  }

  /** Relays one batch; returns how many rows it dispatched. */
  async relayBatch(): Promise<number> {
    let claimed: PendingOutboxMessage[] = [];
    try {
      return await this.unitOfWork.run(async (em) => {
        claimed = await this.outbox.claimBatch(em, this.config.outboxRelayBatchSize, KNOWN_JOBS);
        if (claimed.length === 0) return 0;
        for (const [queue, rows] of groupByQueue(claimed)) {
          await this.queues.addBulk(queue, rows.map((row) => ({
            name: row.jobName,
            data: row.payload,
            opts: { ...DEFAULT_JOB_OPTIONS, jobId: row.id, ...(row.priority ? { priority: row.priority } : {}) },
          })));
        }
        await this.outbox.markDispatched(em, claimed.map((r) => r.id));
        return claimed.length;
      });
    } catch (error) {
      if (claimed.length > 0) await this.outbox.recordFailedAttempt(claimed.map((r) => r.id)).catch(() => undefined);
      throw error;
    }
  }
}

/** Rows by their contract's queue (every claimed row has a contract: claimBatch asks for known names only). */
function groupByQueue(rows: readonly PendingOutboxMessage[]): Map<string, PendingOutboxMessage[]> {
  const groups = new Map<string, PendingOutboxMessage[]>();
  for (const row of rows) {
    const contract = contractFor(row.jobName);
    if (!contract) throw new Error(`outbox row ${row.id} names a job with no contract: ${row.jobName}`);
    groups.set(contract.queue, [...(groups.get(contract.queue) ?? []), row]);
  }
  return groups;
}
