/**
 * Every background job: its name, queue, payload shape and options live here and nowhere else.
 * Payloads carry ids and a schema version only; personal details stay in PostgreSQL.
 */
export interface JobContract<P extends { schemaVersion: number }> {
  readonly name: string;
  readonly queue: string;
  readonly schemaVersion: P['schemaVersion'];
  /** Checks a payload read back from Redis, since a job may outlive the code that wrote it. */
  readonly isValid: (payload: unknown) => payload is P;
}

export interface PlanEnquiryFollowUpsPayload {
  readonly schemaVersion: 1;
  readonly enquiryId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PLAN_ENQUIRY_FOLLOW_UPS: JobContract<PlanEnquiryFollowUpsPayload> = {
  name: 'recruitment.plan-enquiry-follow-ups',
  queue: 'recruitment',
  schemaVersion: 1,
  isValid: (p: unknown): p is PlanEnquiryFollowUpsPayload =>
    typeof p === 'object' && p !== null && (p as PlanEnquiryFollowUpsPayload).schemaVersion === 1 &&
    UUID.test(String((p as PlanEnquiryFollowUpsPayload).enquiryId)),
};

export const ALL_JOB_CONTRACTS: readonly JobContract<{ schemaVersion: number }>[] = [PLAN_ENQUIRY_FOLLOW_UPS];

/** BullMQ priorities: 1 runs first. Shortage-category enquiries are answered before others. */
export const JOB_PRIORITY = { shortage: 1, standard: 5 } as const;

/** Defaults for every job: retried with backoff, kept briefly for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
