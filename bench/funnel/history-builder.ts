import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { runMigrations } from '@app/persistence';
import { say } from '../intake/summary';
import { shareEnquiries } from './councils';
import { ATTEMPT_COLUMNS, attemptChunks, ENQUIRY_COLUMNS, HistoryRows, TRANSITION_COLUMNS, transitionChunks } from './history-rows';

export interface HistoryFacts {
  readonly enquiries: number;
  readonly transitions: number;
  readonly attempts: number;
  /** Open applicants with something due: everyone in any service's work queue. */
  readonly open: number;
  /** Seconds spent generating, or null when an earlier run's history was reused. */
  readonly builtInSeconds: number | null;
  /** When the history was generated ("now" of its stories). */
  readonly builtAt: Date;
}

// The table comment marks a finished build, so a run interrupted half-way is never mistaken for one.
const MARK = 'hearth bench:funnel history';

/** Migrates, then reuses a finished history of the requested size or generates a new one. */
export async function prepareHistory(databaseUrl: string, claCsv: string, enquiries: number, rebuild: boolean, seed: number): Promise<HistoryFacts> {
  await runMigrations(databaseUrl);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const existing = rebuild ? null : await finishedHistory(db, enquiries, seed);
    if (existing) return existing;
    const started = Date.now();
    await build(db, databaseUrl, claCsv, enquiries, seed, started);
    const facts = await finishedHistory(db, enquiries, seed);
    if (!facts) throw new Error('the generated history was not marked finished');
    return { ...facts, builtInSeconds: (Date.now() - started) / 1000 };
  } finally {
    await db.end();
  }
}

/** The same mapping from moves to milestone columns as migration FunnelMilestones1763942400004's back-fill. */
const STAMP_MILESTONES = `
  UPDATE enquiry e SET contacted_at = m.c, initial_visit_at = m.iv, stage1_started_at = m.s1, stage2_started_at = m.s2,
         panel_stage_at = m.p, approved_at = m.a, closed_at = m.cl, closed_from_stage = m.cf, withdrawal_reason = m.wr
    FROM (SELECT enquiry_id,
            min(occurred_at) FILTER (WHERE to_stage = 'contacted') AS c, min(occurred_at) FILTER (WHERE to_stage = 'initial-visit') AS iv,
            min(occurred_at) FILTER (WHERE to_stage = 'stage-1') AS s1, min(occurred_at) FILTER (WHERE to_stage = 'stage-2') AS s2,
            min(occurred_at) FILTER (WHERE to_stage = 'panel') AS p, min(occurred_at) FILTER (WHERE to_stage = 'approved') AS a,
            min(occurred_at) FILTER (WHERE to_stage IN ('withdrawn', 'not-approved', 'closed-no-contact')) AS cl,
            min(from_stage) FILTER (WHERE to_stage IN ('withdrawn', 'not-approved', 'closed-no-contact')) AS cf,
            min(withdrawal_reason) AS wr
          FROM funnel_transition GROUP BY enquiry_id) m
   WHERE m.enquiry_id = e.id`;

async function build(db: Client, databaseUrl: string, claCsv: string, total: number, seed: number, now: number): Promise<void> {
  say(`[bench:funnel] generating ${total} enquiries over two years, with their funnel history`);
  await db.query(`COMMENT ON TABLE enquiry IS NULL`);
  // CASCADE: tables other features hang off enquiry (applications…) belong to the old history too.
  await db.query('TRUNCATE enquiry, funnel_transition, contact_attempt, outbox_message CASCADE');
  const rows = new HistoryRows(await shareEnquiries(db, claCsv, total), total, now, seed);
  await copy(db, 'enquiry', ENQUIRY_COLUMNS, rows.enquiryChunks());
  say(`[bench:funnel]   enquiries written (${rows.open} open with something due); writing ${rows.transitions.length} moves and ${rows.attempts.length} contact attempts`);
  // The two child tables on separate connections at once: each COPY is mostly one backend's CPU.
  const second = new Client({ connectionString: databaseUrl });
  await second.connect();
  try {
    await Promise.all([
      copy(db, 'funnel_transition', TRANSITION_COLUMNS, transitionChunks(rows.transitions)),
      copy(second, 'contact_attempt', ATTEMPT_COLUMNS, attemptChunks(rows.attempts)),
    ]);
  } finally {
    await second.end();
  }
  say(`[bench:funnel]   stamping each enquiry's milestones from its moves, as the moves themselves do live`);
  await db.query(STAMP_MILESTONES);
  say(`[bench:funnel]   vacuuming and analysing, as autovacuum would have long since done on a live system`);
  await db.query('VACUUM (ANALYZE) enquiry, funnel_transition, contact_attempt');
  // Every table, reference data included: with autovacuum off (as on some development servers)
  // council and region would otherwise never have statistics, and the planner would guess.
  await db.query('ANALYZE');
  await db.query(`COMMENT ON TABLE enquiry IS '${MARK} of ${total} enquiries, seed ${seed}, built ${new Date(now).toISOString()}'`);
  await db.query('CHECKPOINT').catch(() => undefined);
}

function copy(db: Client, table: string, columns: string, chunks: Iterable<string>): Promise<void> {
  return pipeline(Readable.from(chunks), db.query(copyFrom(`COPY ${table} (${columns.replace(/\s+/g, ' ')}) FROM STDIN`)));
}

async function finishedHistory(db: Client, enquiries: number, seed: number): Promise<HistoryFacts | null> {
  const { rows: [row] } = await db.query<{ mark: string | null; enquiries: number; transitions: number; attempts: number; open: number }>(
    `SELECT obj_description('enquiry'::regclass, 'pg_class') AS mark,
            (SELECT count(*) FROM enquiry)::int AS enquiries, (SELECT count(*) FROM funnel_transition)::int AS transitions,
            (SELECT count(*) FROM contact_attempt)::int AS attempts, (SELECT count(*) FROM enquiry WHERE due_at IS NOT NULL)::int AS open`);
  const match = row.mark && new RegExp(`^${MARK} of (\\d+) enquiries, seed (\\d+), built (\\S+)$`).exec(row.mark);
  if (!match || Number(match[1]) !== enquiries || Number(match[2]) !== seed || row.enquiries !== enquiries) return null;
  return { enquiries, transitions: row.transitions, attempts: row.attempts, open: row.open, builtInSeconds: null, builtAt: new Date(match[3]) };
}
