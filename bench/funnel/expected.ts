import { Client } from 'pg';

/** The busiest service and region: the heaviest work queue and reports a real deployment serves. */
export interface BenchSubjects {
  readonly service: { readonly id: string; readonly code: string; readonly name: string; readonly enquiries: number };
  readonly region: { readonly code: string; readonly name: string; readonly councils: number; readonly enquiries: number };
}

/** What a funnel report must say, counted straight from the tables. */
export interface ExpectedReport {
  /** stage → enquiries in the cohort that reached it ("enquiry-received" is the cohort itself). */
  readonly reached: ReadonlyMap<string, number>;
  /** AW code → withdrawals. */
  readonly withdrawals: ReadonlyMap<string, number>;
  readonly sqlMs: number;
}

/** Everything the run checks answers against, worked out once in SQL before the clock starts. */
export interface Expectations {
  readonly subjects: BenchSubjects;
  /** The report period: the twelve months (365 days) before the run started. */
  readonly from: Date;
  readonly to: Date;
  readonly serviceReport: ExpectedReport;
  readonly regionReport: ExpectedReport;
  /** The busiest service's work queue, as ids in order. */
  readonly queue: readonly string[];
}

const YEAR_MS = 365 * 86_400_000;

export async function computeExpectations(databaseUrl: string): Promise<Expectations> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const subjects = await chooseSubjects(db);
    const to = new Date();
    const from = new Date(to.getTime() - YEAR_MS);
    const serviceReport = await expectedReport(db, { serviceId: subjects.service.id }, from, to);
    const regionReport = await expectedReport(db, { regionCode: subjects.region.code }, from, to);
    return { subjects, from, to, serviceReport, regionReport, queue: await expectedQueue(db, subjects.service.id) };
  } finally {
    await db.end();
  }
}

async function chooseSubjects(db: Client): Promise<BenchSubjects> {
  const { rows: [service] } = await db.query(
    `SELECT s.id, s.code, s.name, count(*)::int AS enquiries
       FROM enquiry e JOIN fostering_service s ON s.id = e.service_id GROUP BY s.id ORDER BY 4 DESC, 2 LIMIT 1`);
  const { rows: [region] } = await db.query(
    `SELECT r.code, r.name, count(DISTINCT k.code)::int AS councils, count(*)::int AS enquiries
       FROM enquiry e JOIN council k ON k.code = e.council_code JOIN region r ON r.code = k.region_code
      GROUP BY r.code ORDER BY 4 DESC, 1 LIMIT 1`);
  if (!service || !region) throw new Error('the bench database has no enquiries');
  return { service, region };
}

/**
 * The report's figures for a scope and period, written independently of the repository's query
 * (a join on council instead of IN, EXISTS-free distinct counts), so a shared mistake is unlikely.
 */
async function expectedReport(db: Client, scope: { serviceId?: string; regionCode?: string }, from: Date, to: Date): Promise<ExpectedReport> {
  const started = performance.now();
  const { rows } = await db.query<{ key: string; n: number }>(
    `WITH c AS (
       SELECT e.id FROM enquiry e JOIN council k ON k.code = e.council_code
        WHERE e.created_at >= $1 AND e.created_at < $2
          AND ($3::uuid IS NULL OR e.service_id = $3) AND ($4::text IS NULL OR k.region_code = $4))
     SELECT 'stage:enquiry-received' AS key, count(*)::int AS n FROM c
     UNION ALL
     SELECT 'stage:' || t.to_stage, count(DISTINCT t.enquiry_id)::int FROM funnel_transition t JOIN c ON c.id = t.enquiry_id GROUP BY t.to_stage
     UNION ALL
     SELECT 'reason:' || t.withdrawal_reason, count(*)::int FROM funnel_transition t JOIN c ON c.id = t.enquiry_id
      WHERE t.to_stage = 'withdrawn' GROUP BY t.withdrawal_reason`,
    [from, to, scope.serviceId ?? null, scope.regionCode ?? null]);
  const sqlMs = performance.now() - started;
  const part = (prefix: string) => new Map(rows.filter((r) => r.key.startsWith(prefix)).map((r) => [r.key.slice(prefix.length), r.n]));
  return { reached: part('stage:'), withdrawals: part('reason:'), sqlMs };
}

/** The service's whole work queue in the order the API must page through it. */
async function expectedQueue(db: Client, serviceId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM enquiry WHERE service_id = $1 AND due_at IS NOT NULL ORDER BY due_day, priority_rank, due_at, id`, [serviceId]);
  return rows.map((r) => r.id);
}
