import { Client } from 'pg';
import type { Ledger } from './ledger';

export interface Durability {
  readonly lostEnquiries: number;
  readonly lostReferrals: number;
  readonly lostPlacements: number;
  /** Endings the API acknowledged whose placement is still open. */
  readonly lostEndings: number;
  readonly lostApplications: number;
  /** Acknowledged enquiries without their acknowledgement message (email, and text when asked for). */
  readonly missingFollowUps: number;
  /** Acknowledgement messages sent more than once, and Idempotency-Keys that made more than one enquiry. */
  readonly duplicateFollowUps: number;
  readonly duplicateEnquiries: number;
  /** Homes the soak booked into that now hold more children than their terms of approval allow. */
  readonly overfullHomes: number;
  readonly undispatchedOutbox: number;
  readonly drainSeconds: number;
}

/**
 * Waits until the workers have sent every acknowledged enquiry's acknowledgement and `recovered()`
 * holds (their repair job is scheduled again), or the time is up.
 */
export async function waitForFollowUps(databaseUrl: string, ledger: Ledger, timeoutMs: number, recovered: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  await withClient(databaseUrl, async (db) => {
    while (Date.now() - started < timeoutMs) {
      const [missing, outbox] = await Promise.all([missingAcknowledgements(db, ledger.enquiries), undispatched(db)]);
      if (missing === 0 && outbox === 0 && (await recovered())) return;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  });
  return (Date.now() - started) / 1000;
}

/** Checks PostgreSQL for everything the apps acknowledged. */
export async function checkDurability(databaseUrl: string, ledger: Ledger, drainSeconds: number): Promise<Durability> {
  return withClient(databaseUrl, async (db) => {
    const count = async (sql: string, ids: readonly string[]) => (await db.query<{ n: number }>(sql, [ids])).rows[0].n;
    const missingRows = (table: string, column: string, type: string, ids: readonly string[]) =>
      count(`SELECT count(*)::int AS n FROM unnest($1::${type}[]) AS a(v) WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.${column} = a.v)`, ids);
    return {
      lostEnquiries: await missingRows('enquiry', 'reference', 'text', ledger.enquiries),
      lostReferrals: await missingRows('referral', 'id', 'uuid', ledger.referrals),
      lostPlacements: await missingRows('placement', 'id', 'uuid', ledger.placements),
      lostEndings: await count(`SELECT count(*)::int AS n FROM placement WHERE id = ANY($1::uuid[]) AND ended_at IS NULL`, ledger.endedPlacements),
      lostApplications: await count(`SELECT (cardinality($1::uuid[]) - count(*))::int AS n FROM application WHERE enquiry_id = ANY($1::uuid[]) AND submitted_at IS NOT NULL`, ledger.submittedApplications),
      missingFollowUps: await missingAcknowledgements(db, ledger.enquiries),
      duplicateFollowUps: await count(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM notification n JOIN enquiry e ON e.id = n.recipient_id
          WHERE e.reference = ANY($1::text[]) AND n.template IN ('acknowledge-email', 'acknowledge-sms') GROUP BY n.recipient_id, n.template HAVING count(*) > 1) d`,
        ledger.enquiries),
      duplicateEnquiries: await count(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM enquiry WHERE idempotency_key = ANY($1::text[]) GROUP BY idempotency_key HAVING count(*) > 1) d`, ledger.idempotencyKeys),
      overfullHomes: await count(`SELECT count(*)::int AS n FROM fostering_household WHERE id = ANY($1::uuid[]) AND free_places < 0`, [...ledger.bookedHouseholds]),
      undispatchedOutbox: await undispatched(db),
      drainSeconds,
    };
  });
}

/** Acknowledged enquiries still without their acknowledgement: an email always, a text too when they chose texts. */
async function missingAcknowledgements(db: Client, references: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM enquiry e
      WHERE e.reference = ANY($1::text[])
        AND (NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = e.id AND n.template = 'acknowledge-email')
             OR (e.preferred_contact_method = 'sms' AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = e.id AND n.template = 'acknowledge-sms')))`,
    [references]);
  return rows[0].n;
}

async function undispatched(db: Client): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL`)).rows[0].n;
}

async function withClient<T>(databaseUrl: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-soak-verify' });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
