import { Client } from 'pg';
import { runMigrations } from '@app/persistence';

/** Migrates the bench database and empties what the benchmark writes. */
export async function prepareDatabase(databaseUrl: string): Promise<void> {
  await runMigrations(databaseUrl);
  await withClient(databaseUrl, async (db) => {
    await db.query('TRUNCATE enquiry, outbox_message, follow_up, follow_up_plan, notification CASCADE');
    await db.query('CHECKPOINT').catch(() => undefined);
  });
}

/**
 * N enquiries as public intake leaves them (a third open to a
 * shortage category, a fifth wanting text messages), spread over every council's service.
 */
export async function seedEnquiries(databaseUrl: string, n: number): Promise<void> {
  await withClient(databaseUrl, async (db) => {
    await db.query(`
      WITH services AS (SELECT array_agg(id ORDER BY code) AS ids FROM fostering_service WHERE kind = 'council')
      INSERT INTO enquiry (id, reference, service_id, first_name, last_name, email, phone, postcode, outward_code,
        preferred_contact_method, preferred_contact_time, adults_in_household, children_in_household, spare_bedrooms,
        interests, heard_from, priority, channel, consented_at, due_kind)
      SELECT gen_random_uuid(), 'BENCH' || lpad(g::text, 7, '0'), services.ids[1 + g % array_length(services.ids, 1)],
        'Sam', 'Bench', 'bench' || g || '@example.com', '07700 900' || lpad((g % 1000)::text, 3, '0'), 'SW1A 1AA', 'SW1A',
        CASE WHEN g % 5 = 0 THEN 'sms' ELSE 'email' END, 'any', 2, 0, 1,
        CASE WHEN g % 3 = 0 THEN ARRAY['teenagers'] ELSE ARRAY['short-breaks'] END, 'other',
        CASE WHEN g % 3 = 0 THEN 'shortage' ELSE 'standard' END, 'api', now(), 'first-contact'
      FROM generate_series(1, $1) AS g, services`, [n]);
    await db.query('VACUUM ANALYZE enquiry');
  });
}

/**
 * Writes every enquiry's planning outbox row in one transaction, as intake would have over time:
 * the moment the benchmark's clock starts.
 */
export async function writeOutbox(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO outbox_message (job_name, payload, priority, created_at)
    SELECT 'recruitment.plan-enquiry-follow-ups', jsonb_build_object('schemaVersion', 1, 'enquiryId', id),
           CASE priority WHEN 'shortage' THEN 1 ELSE 5 END, created_at
      FROM enquiry`);
}

/** Acknowledgements recorded so far (the first follow-up of every enquiry). */
export async function countAcknowledged(db: Client): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM follow_up_plan`);
  return rows[0].n;
}

export interface FollowUpAudit {
  /** Enquiries without their acknowledgement, their plan or their pending reminders. */
  readonly lost: number;
  /** Messages beyond one per follow-up. */
  readonly duplicates: number;
  readonly notifications: number;
  readonly followUps: number;
  readonly undispatched: number;
}

export async function auditFollowUps(db: Client): Promise<FollowUpAudit> {
  const { rows: [a] } = await db.query(`
    SELECT
      (SELECT count(*) FROM enquiry e WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.idempotency_key = e.id || '.acknowledge-email.1')
          OR NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.enquiry_id = e.id AND f.kind = 'first-contact-escalation' AND f.status = 'pending')
          OR (e.preferred_contact_method = 'sms' AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.idempotency_key = e.id || '.acknowledge-sms.1')))::int AS lost,
      (SELECT count(*) - count(DISTINCT idempotency_key) FROM notification)::int
        + (SELECT count(*) FROM notification n WHERE n.template LIKE 'acknowledge-%'
             AND n.idempotency_key NOT IN (SELECT f.enquiry_id || '.' || f.kind || '.' || f.sequence FROM follow_up f WHERE f.status = 'sent'))::int AS duplicates,
      (SELECT count(*) FROM notification)::int AS notifications,
      (SELECT count(*) FROM follow_up)::int AS "followUps",
      (SELECT count(*) FROM outbox_message WHERE dispatched_at IS NULL)::int AS undispatched`);
  return a;
}

/** After the due phase: every reminder and escalation sent, each exactly once. */
export async function auditDueFollowUps(db: Client): Promise<{ lost: number; duplicates: number }> {
  const { rows: [a] } = await db.query(`
    SELECT (SELECT count(*) FROM follow_up f WHERE f.kind IN ('first-contact-reminder', 'first-contact-escalation')
              AND (f.status <> 'sent' OR NOT EXISTS (SELECT 1 FROM notification n WHERE n.idempotency_key = f.enquiry_id || '.' || f.kind || '.' || f.sequence)))::int AS lost,
           (SELECT count(*) FROM notification n WHERE n.template IN ('first-contact-reminder', 'first-contact-escalation'))::int
             - (SELECT count(*) FROM follow_up f WHERE f.kind IN ('first-contact-reminder', 'first-contact-escalation') AND f.status = 'sent')::int AS duplicates`);
  return a;
}

export async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
