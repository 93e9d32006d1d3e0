import type { Job } from 'bullmq';
import type { JobContract } from '@app/queue';

/** Handles the jobs of one contract. The host validates the payload with the contract first. */
export interface JobProcessor<P extends { schemaVersion: number } = { schemaVersion: number }> {
  readonly contract: JobContract<P>;
  process(payload: P, job: Job): Promise<unknown>;
}

/** Injection token for every processor the workers run. */
export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');

/** A failure retrying cannot fix (bad data, a broken invariant): BullMQ gives up at once and keeps the job as failed. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
