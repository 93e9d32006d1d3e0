import { ANONYMISE_STALE_ENQUIRIES, PURGE_DISPATCHED_OUTBOX, RECOVER_LINK_REQUESTS } from './housekeeping-job-contracts';
import { TAKE_SUFFICIENCY_SNAPSHOT } from './sufficiency-job-contracts';

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

/** A job about one enquiry (and so one applicant): its id is all a payload carries. */
export interface EnquiryJobPayload {
  readonly schemaVersion: 1;
  readonly enquiryId: string;
}
export type PlanEnquiryFollowUpsPayload = EnquiryJobPayload;
export type SendApplicationLinkPayload = EnquiryJobPayload;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function enquiryJob(name: string): JobContract<EnquiryJobPayload> {
  return {
    name,
    queue: 'recruitment',
    schemaVersion: 1,
    isValid: (p: unknown): p is EnquiryJobPayload =>
      typeof p === 'object' && p !== null && (p as EnquiryJobPayload).schemaVersion === 1 && UUID.test(String((p as EnquiryJobPayload).enquiryId)),
  };
}

export const PLAN_ENQUIRY_FOLLOW_UPS = enquiryJob('recruitment.plan-enquiry-follow-ups');

/**
 * An applicant asked for a new link to their application. The worker makes the link when it
 * sends it, so the secret token never sits in the outbox or in Redis.
 */
export const SEND_APPLICATION_LINK = enquiryJob('recruitment.send-application-link');

/** A follow-up (a reminder, a nudge, a warning) has come due. */
export interface SendFollowUpPayload {
  readonly schemaVersion: 1;
  readonly followUpId: string;
}

export const SEND_FOLLOW_UP: JobContract<SendFollowUpPayload> = {
  name: 'recruitment.send-follow-up',
  queue: 'recruitment',
  schemaVersion: 1,
  isValid: (p: unknown): p is SendFollowUpPayload =>
    typeof p === 'object' && p !== null && (p as SendFollowUpPayload).schemaVersion === 1 && UUID.test(String((p as SendFollowUpPayload).followUpId)),
};

/**
 * A follow-up's job id: its id and how many times it has been handed to BullMQ, so re-adding the
 * same hand-over is ignored while a rescheduled one gets a new job. No ':' (BullMQ reserves it).
 */
export function followUpJobId(followUpId: string, handOver: number): string {
  return `follow-up-${followUpId}-${handOver}`;
}

/** Repeatable: plans again the follow-ups of applicants whose record or service levels changed, and recovers jobs lost with Redis. */
export interface RefreshFollowUpPlansPayload {
  readonly schemaVersion: 1;
}

export const REFRESH_FOLLOW_UP_PLANS: JobContract<RefreshFollowUpPlansPayload> = {
  name: 'recruitment.refresh-follow-up-plans',
  queue: 'recruitment',
  schemaVersion: 1,
  isValid: (p: unknown): p is RefreshFollowUpPlansPayload =>
    typeof p === 'object' && p !== null && (p as RefreshFollowUpPlansPayload).schemaVersion === 1,
};

export const ALL_JOB_CONTRACTS: readonly JobContract<{ schemaVersion: number }>[] = [PLAN_ENQUIRY_FOLLOW_UPS, SEND_APPLICATION_LINK,
  SEND_FOLLOW_UP, REFRESH_FOLLOW_UP_PLANS, TAKE_SUFFICIENCY_SNAPSHOT,
  PURGE_DISPATCHED_OUTBOX, ANONYMISE_STALE_ENQUIRIES, RECOVER_LINK_REQUESTS];

/** BullMQ priorities: 1 runs first. Shortage-category enquiries are answered before others. */
export const JOB_PRIORITY = { shortage: 1, standard: 5 } as const;

/** Defaults for every job: retried with backoff, kept briefly for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
