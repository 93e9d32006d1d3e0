import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { toCopyLine } from './copy-text';
import { readCsvRecords } from './csv-records';
import { GeoFileError } from './geo-file.error';
import { detectGeoFileLayout, type GeoFileKind } from './geo-file-layout';
import type { GeoTarget } from './geo-target';
import { importPlanFor, type ImportPlan } from './import-plan';
import { ImportTally } from './import-tally';
import type { SkipReason } from './skip-reason';
import { copyIntoStagingSql, countStagedSql, createStagingSql, STAGING_TABLE, upsertSql } from './staging-sql';

/** What one import did, for the operator and the import log. */
export interface GeoImportSummary {
  readonly kind: GeoFileKind;
  readonly fileName: string;
  /** Data rows in the file (the header not counted). */
  readonly rowsRead: number;
  /** Distinct rows now in the target table from this file. */
  readonly rowsLoaded: number;
  /** Rows inserted or altered; 0 when the same file is imported again. */
  readonly rowsChanged: number;
  readonly skipped: number;
  readonly skippedBy: Readonly<Partial<Record<SkipReason, number>>>;
  readonly seconds: number;
}

/** Reported every `progressEvery` rows while reading, then once before the upsert. */
export type GeoImportProgress = { readonly phase: 'reading'; readonly rowsRead: number } | { readonly phase: 'upserting'; readonly rowsRead: number };

/** Progress reporting; the default reports every 100,000 rows. */
export interface GeoImportOptions {
  readonly onProgress?: (progress: GeoImportProgress) => void;
  readonly progressEvery?: number;
}

/** COPY chunks of about 256 KB: few enough writes to be cheap, small enough to keep memory flat. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Imports an ONS Postcode Directory or outward-code centroid CSV: streams it through COPY into a
 * temporary staging table, then upserts it into the target table and records a geo_import row
 * in one transaction, so readers see the old directory or the new one, never half of each.
 * Idempotent: importing the same file again leaves the same contents. The caller owns `db`.
 */
export async function importGeoFile(db: ClientBase, filePath: string, options: GeoImportOptions = {}): Promise<GeoImportSummary> {
  const started = performance.now();
  const fileName = basename(filePath);
  const records = readCsvRecords(createReadStream(filePath, { encoding: 'utf8', highWaterMark: 1 << 20 }));
  try {
    const header = await records.next();
    if (header.done) throw new GeoFileError(`${fileName} is empty`);
    const layout = detectGeoFileLayout(header.value);
    const plan = importPlanFor(layout, await loadCouncilCodes(db));
    const tally = await stage(db, records, plan, options);
    options.onProgress?.({ phase: 'upserting', rowsRead: tally.rowsRead });
    const rowsChanged = await commitStaged(db, plan.target, layout.kind, fileName, tally);
    await db.query(`ANALYZE ${plan.target.table}`); // lookups plan on fresh statistics after a bulk change
    const { rowsRead, skipped, skippedBy } = tally;
    const seconds = Math.round(performance.now() - started) / 1000;
    return { kind: layout.kind, fileName, rowsRead, rowsLoaded: rowsRead - skipped, rowsChanged, skipped, skippedBy, seconds };
  } finally {
    await records.return(undefined);
    // Best effort: the error that got us here matters more, and a temp table dies with its session.
    await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`).catch(() => undefined);
  }
}

/** Only the 153 councils with children's services count; loaded once per import. */
async function loadCouncilCodes(db: ClientBase): Promise<ReadonlySet<string>> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM council');
  return new Set(rows.map((r) => r.code));
}

async function stage(db: ClientBase, records: AsyncIterable<string[]>, plan: ImportPlan, options: GeoImportOptions): Promise<ImportTally> {
  const tally = new ImportTally();
  await db.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`); // left by an earlier failure on this connection
  await db.query(createStagingSql(plan.target));
  // pipeline honours back-pressure: reading pauses while PostgreSQL catches up.
  await pipeline(Readable.from(copyChunks(records, plan, tally, options)), db.query(copyFrom(copyIntoStagingSql(plan.target))));
  return tally;
}

async function* copyChunks(records: AsyncIterable<string[]>, plan: ImportPlan, tally: ImportTally, options: GeoImportOptions): AsyncGenerator<string> {
  const every = options.progressEvery ?? 100_000;
  let chunk = '';
  for await (const fields of records) {
    const line = ++tally.rowsRead;
    const values = plan.toValues(fields);
    if (typeof values === 'string') tally.skip(values);
    else chunk += toCopyLine([line, ...values]);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
    if (line % every === 0) options.onProgress?.({ phase: 'reading', rowsRead: line });
  }
  if (chunk) yield chunk;
}

/** Upserts the staged rows and records the import, all or nothing; returns the rows changed. */
async function commitStaged(db: ClientBase, target: GeoTarget, kind: GeoFileKind, fileName: string, tally: ImportTally): Promise<number> {
  const { rows: [counts] } = await db.query<{ staged: number; distinct: number }>(countStagedSql(target));
  if (counts.staged === 0) throw new GeoFileError(`No row of ${fileName} could be loaded (${tally.rowsRead} read; skipped: ${tally.describeSkipped()})`);
  tally.skip('duplicate', counts.staged - counts.distinct);
  await db.query('BEGIN');
  try {
    // Two imports at once would interleave their upserts; one at a time is plenty.
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('hearth.geo-import'))`);
    const upserted = await db.query(upsertSql(target));
    await db.query('INSERT INTO geo_import (kind, file_name, rows_loaded) VALUES ($1, $2, $3)', [kind, fileName, counts.distinct]);
    await db.query('COMMIT');
    return upserted.rowCount ?? 0;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
