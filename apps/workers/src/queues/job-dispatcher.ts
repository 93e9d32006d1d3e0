import { UnrecoverableError, type Job } from 'bullmq';
import { DomainError } from '@app/domain';
import { PermanentJobError, type JobProcessor } from '../processors/job-processor';

/**
 * Runs a job with its processor, after checking the payload against the contract (a job may
 * outlive the code that wrote it). Permanent failures become UnrecoverableError, so BullMQ fails
 * the job at once and keeps it visible; anything else is thrown as it is and retried with backoff.
 */
export class JobDispatcher {
  constructor(private readonly processors: ReadonlyMap<string, JobProcessor>) {}

  async run(job: Job): Promise<unknown> {
    const processor = this.processors.get(job.name);
    if (!processor) throw new UnrecoverableError(`no processor for job ${job.name}`);
    if (!processor.contract.isValid(job.data)) {
      throw new UnrecoverableError(`invalid payload for ${job.name} (schemaVersion ${String((job.data as { schemaVersion?: unknown })?.schemaVersion)})`);
    }
    try {
      return await processor.process(job.data, job);
    } catch (error) {
      if (error instanceof PermanentJobError || error instanceof DomainError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
