import { Client } from 'pg';
import { runMigrations } from '@app/persistence';
import { loadOutcodes, type OutcodePools } from './outcodes';

/** Migrates the bench database, empties what the benchmark writes, and loads outward-code centroids. */
export async function prepareBenchDatabase(databaseUrl: string, centroidsCsv: string): Promise<OutcodePools> {
  await runMigrations(databaseUrl);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // CASCADE: the funnel, follow-up and household tables refer to enquiries, and PostgreSQL refuses to truncate a referenced table alone.
    await db.query('TRUNCATE enquiry, outbox_message CASCADE');
    const pools = await loadOutcodes(db, centroidsCsv);
    // Start every run from a clean WAL position, so one run's checkpoint does not land in the next.
    await db.query('CHECKPOINT').catch(() => undefined);
    return pools;
  } finally {
    await db.end();
  }
}

export interface DurabilityReport {
  readonly checked: number;
  readonly duplicates: number;
  readonly missingEnquiry: number;
  readonly missingOutbox: number;
  readonly lost: number;
  readonly enquiryRows: number;
  readonly outboxRows: number;
  readonly shortageShare: number;
  readonly triage: Record<string, number>;
}

/** Lost = an acknowledged reference with no enquiry row, or whose enquiry has no outbox row. */
export async function checkDurability(databaseUrl: string, references: readonly string[]): Promise<DurabilityReport> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: [missing] } = await db.query(
      `SELECT count(*) FILTER (WHERE e.id IS NULL)::int AS "missingEnquiry",
              count(*) FILTER (WHERE e.id IS NOT NULL AND o.enquiry_id IS NULL)::int AS "missingOutbox",
              (count(*) - count(DISTINCT a.ref))::int AS duplicates
         FROM unnest($1::text[]) AS a(ref)
         LEFT JOIN enquiry e ON e.reference = a.ref
         LEFT JOIN (SELECT DISTINCT payload->>'enquiryId' AS enquiry_id FROM outbox_message) o ON o.enquiry_id = e.id::text`,
      [references],
    );
    const { rows: [totals] } = await db.query(
      `SELECT (SELECT count(*) FROM enquiry)::int AS "enquiryRows", (SELECT count(*) FROM outbox_message)::int AS "outboxRows",
              (SELECT avg((priority = 'shortage')::int) FROM enquiry)::float8 AS "shortageShare"`);
    const { rows: triage } = await db.query<{ reason: string; n: number }>(
      `SELECT coalesce(triage_reason, 'routed to a council service') AS reason, count(*)::int AS n FROM enquiry GROUP BY 1 ORDER BY 2 DESC`);
    return {
      checked: references.length,
      ...missing,
      lost: missing.missingEnquiry + missing.missingOutbox,
      ...totals,
      shortageShare: totals.shortageShare ?? 0,
      triage: Object.fromEntries(triage.map((t) => [t.reason, t.n])),
    };
  } finally {
    await db.end();
  }
}
