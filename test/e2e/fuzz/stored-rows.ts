import { testDb } from '@app/testing';

export type RowCounts = Readonly<Record<string, number>>;

/** The pseudo-table of audit events that record a read (or a search) rather than a change. */
export const AUDIT_READS = 'audit_event (reads)';
const AUDITED_READS = `'read', 'search'`;

/**
 * Counts the rows of every table in the database in one round trip, so a suite can tell that a
 * refused request stored nothing anywhere (not even an audit event or an outbox message), and
 * a table added later is counted without anyone listing it.
 */
export async function rowCounter(): Promise<() => Promise<RowCounts>> {
  const db = await testDb();
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  // The audit trail's reads are counted apart from its other events, so a suite can tell a page that
  // showed a record and then refused a form (a read, rightly recorded) from one that stored something.
  const sql = rows.map(({ name }) => (name === 'audit_event'
    ? `SELECT 'audit_event' AS name, count(*) FILTER (WHERE action NOT IN (${AUDITED_READS})) ::int AS n FROM audit_event
       UNION ALL SELECT '${AUDIT_READS}', count(*) FILTER (WHERE action IN (${AUDITED_READS}))::int FROM audit_event`
    : `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`)).join(' UNION ALL ');
  return async () => {
    const counted = await db.query<{ name: string; n: number }>(sql);
    return Object.fromEntries(counted.rows.map((r) => [r.name, r.n]));
  };
}

/** The tables whose row counts changed, e.g. ["enquiry +1"]. */
export function changedTables(before: RowCounts, after: RowCounts): string[] {
  return Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => `${t} ${after[t] - (before[t] ?? 0) >= 0 ? '+' : ''}${after[t] - (before[t] ?? 0)}`);
}
