import { Queue } from 'bullmq';
import { Client } from 'pg';
import { REFRESH_FOLLOW_UP_PLANS } from '@app/queue';

/** Where acknowledged enquiries without their acknowledgement got stuck: counts only, no personal data. */
export interface FollowUpDiagnosis {
  readonly outboxNotDispatched: number;
  /** Relayed to BullMQ, but never planned: the planning job was lost (or never ran). */
  readonly dispatchedNotPlanned: number;
  readonly plannedNotSent: number;
}

export async function diagnoseMissingFollowUps(databaseUrl: string, references: readonly string[]): Promise<FollowUpDiagnosis> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-soak-verify' });
  await db.connect();
  try {
    const { rows: [counts] } = await db.query<FollowUpDiagnosis>(
      `WITH missing AS (
         SELECT e.id FROM enquiry e WHERE e.reference = ANY($1::text[])
            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = e.id AND n.template = 'acknowledge-email'))
       SELECT count(*) FILTER (WHERE o.dispatched_at IS NULL)::int AS "outboxNotDispatched",
              count(*) FILTER (WHERE o.dispatched_at IS NOT NULL AND p.enquiry_id IS NULL)::int AS "dispatchedNotPlanned",
              count(*) FILTER (WHERE p.enquiry_id IS NOT NULL)::int AS "plannedNotSent"
         FROM missing m
         LEFT JOIN outbox_message o ON o.payload->>'enquiryId' = m.id::text
         LEFT JOIN follow_up_plan p ON p.enquiry_id = m.id`, [references]);
    return counts;
  } finally {
    await db.end();
  }
}

/**
 * Whether the workers' refresh job (which re-plans enquiries whose planning job Redis lost) is
 * scheduled in Redis. After Redis restarts empty it must come back without anyone restarting
 * the workers, or lost follow-ups are never found again.
 */
export class RefreshSchedulerProbe {
  private readonly queue: Queue;

  constructor(redisUrl: string, prefix: string) {
    const url = new URL(redisUrl);
    this.queue = new Queue(REFRESH_FOLLOW_UP_PLANS.queue, { connection: { host: url.hostname, port: Number(url.port), maxRetriesPerRequest: 1 }, prefix });
    this.queue.on('error', () => undefined);
  }

  async present(): Promise<boolean> {
    const schedulers = await this.queue.getJobSchedulers().catch(() => []);
    return schedulers.some((s) => s.name === REFRESH_FOLLOW_UP_PLANS.name);
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}
