import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { RecordedSearch } from './search-recorder';

export interface SqlFloor {
  /** Milliseconds per search for all its candidate SQL, sorted ascending (warm rounds only). */
  readonly perSearchMs: Float64Array;
  readonly statementsPerSearch: number;
  readonly rowsPerSearch: number;
}

/**
 * The raw SQL floor: each search's recorded candidate statements replayed in order on one pg
 * connection, exactly as sent (prepared ones under the same name, so planned once as in the
 * app), rows parsed by pg as the app receives them (as arrays where the app asks for arrays). The first round prepares and warms.
 */
export async function measureSqlFloor(databaseUrl: string, searches: readonly RecordedSearch[], rounds: number): Promise<SqlFloor> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-bench-sql-floor' });
  await db.connect();
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const search of searches) {
        const started = performance.now();
        for (const s of search.statements) {
          await db.query({ ...(s.name ? { name: s.name } : {}), ...(s.rowMode ? { rowMode: s.rowMode } : {}), text: s.text, values: [...s.values] });
        }
        if (round > 0) times.push(performance.now() - started);
      }
    }
  } finally {
    await db.end();
  }
  const statements = searches.reduce((sum, s) => sum + s.statements.length, 0);
  const rows = searches.reduce((sum, s) => sum + s.candidateRows, 0);
  return { perSearchMs: Float64Array.from(times).sort(), statementsPerSearch: statements / searches.length, rowsPerSearch: rows / searches.length };
}
