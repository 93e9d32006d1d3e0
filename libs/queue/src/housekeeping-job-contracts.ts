import type { JobContract } from './job-contracts';

/** A scheduled job carries nothing but its schema version: what to do is decided when it runs. */
export interface HousekeepingPayload {
  readonly schemaVersion: 1;
}

/**
 * Housekeeping has a queue of its own, so a long purge or a retention batch never sits between
 * follow-ups that are due.
 */
function housekeepingJob(name: string): JobContract<HousekeepingPayload> {
  return {
    name,
    queue: 'housekeeping',
    schemaVersion: 1,
    isValid: (p: unknown): p is HousekeepingPayload => typeof p === 'object' && p !== null && (p as HousekeepingPayload).schemaVersion === 1,
  };
}

/** Deletes outbox rows handed to BullMQ more than OUTBOX_PURGE_AFTER_DAYS ago, in batches. */
export const PURGE_DISPATCHED_OUTBOX = housekeepingJob('outbox.purge-dispatched');

/** Anonymises enquiries that never became an application, ENQUIRY_RETENTION_MONTHS after they went quiet (retention). */
export const ANONYMISE_STALE_ENQUIRIES = housekeepingJob('recruitment.anonymise-stale-enquiries');

/** Hands a request for a new application link back to the relay when no link went out in time (its job was lost). */
export const RECOVER_LINK_REQUESTS = housekeepingJob('recruitment.recover-link-requests');

/** The housekeeping jobs and their job schedulers' ids (BullMQ reserves ':' in ids). */
export const HOUSEKEEPING_JOBS = [
  { contract: PURGE_DISPATCHED_OUTBOX, schedulerId: 'outbox-purge-dispatched' },
  { contract: ANONYMISE_STALE_ENQUIRIES, schedulerId: 'recruitment-anonymise-stale-enquiries' },
  { contract: RECOVER_LINK_REQUESTS, schedulerId: 'recruitment-recover-link-requests' },
] as const;

/** A run that fails is retried a few times, then kept failed for an operator to see; the next scheduled run starts afresh. */
export const HOUSEKEEPING_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { count: 50 },
  removeOnFail: { count: 50 },
} as const;
