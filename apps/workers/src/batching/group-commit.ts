/** Largest batch written in one transaction. */
const MAX_BATCH = 200;
/** Batches written at once; jobs arriving meanwhile wait for the next batch. */
const MAX_IN_FLIGHT = 4;

interface Waiter<R> {
  readonly resolve: (outcome: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for jobs running at the same time in one process: their keys are written together
 * by one call (one transaction or statement), and each job completes only once its own write is
 * committed. Under light load a batch is one job; under heavy load batches grow, which is what keeps
 * follow-ups near the throughput of a bare BullMQ worker doing one insert per job. A failed batch is
 * written again one key at a time, so one bad record fails only its own job, which BullMQ retries.
 */
export class GroupCommit<R> {
  private readonly waiting = new Map<string, Waiter<R>[]>();
  private inFlight = 0;

  constructor(private readonly writeMany: (keys: readonly string[]) => Promise<ReadonlyMap<string, R>>) {}

  run(key: string): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), { resolve, reject }]);
      if (this.inFlight < MAX_IN_FLIGHT) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.waiting.size === 0) return;
    const batch = [...this.waiting.entries()].slice(0, MAX_BATCH);
    for (const [key] of batch) this.waiting.delete(key);
    this.inFlight++;
    try {
      await this.write(batch);
    } finally {
      this.inFlight--;
      if (this.waiting.size > 0) void this.flush();
    }
  }

  private async write(batch: [string, Waiter<R>[]][]): Promise<void> {
    try {
      const outcomes = await this.writeMany(batch.map(([key]) => key));
      for (const [key, waiters] of batch) waiters.forEach((w) => w.resolve(outcomes.get(key)!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0][1].forEach((w) => w.reject(error));
        return;
      }
      for (const single of batch) await this.write([single]);
    }
  }
}
