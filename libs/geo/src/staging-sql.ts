import type { GeoTarget } from './geo-target';

/**
 * A TEMP table: private to the importing session, never WAL-logged, and gone if the process
 * dies, so a failed import leaves nothing behind. `line` keeps the file order for duplicates.
 */
export const STAGING_TABLE = 'pg_temp.geo_import_stage';

export function createStagingSql(target: GeoTarget): string {
  const columns = target.columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return `CREATE TEMP TABLE geo_import_stage (line bigint NOT NULL, ${columns})`;
}

export function copyIntoStagingSql(target: GeoTarget): string {
  return `COPY ${STAGING_TABLE} (line, ${names(target).join(', ')}) FROM STDIN`;
}

export function countStagedSql(target: GeoTarget): string {
  return `SELECT count(*)::int AS staged, count(DISTINCT ${target.key})::int AS distinct FROM ${STAGING_TABLE}`;
}

/**
 * One statement from staging into the target. DISTINCT ON keeps one row per key (ON CONFLICT
 * may not touch a row twice); the WHERE clause skips rows that are already identical, so a
 * re-run rewrites nothing and its changed-row count shows that.
 */
export function upsertSql(target: GeoTarget): string {
  const cols = names(target);
  const updated = cols.filter((c) => c !== target.key);
  return `INSERT INTO ${target.table} (${cols.join(', ')})
    SELECT DISTINCT ON (${target.key}) ${cols.join(', ')} FROM ${STAGING_TABLE}
     ORDER BY ${target.key}, ${target.preference}
    ON CONFLICT (${target.key}) DO UPDATE SET ${updated.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${updated.map((c) => `${target.table}.${c}`).join(', ')}) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${c}`).join(', ')})`;
}

function names(target: GeoTarget): string[] {
  return target.columns.map(([name]) => name);
}
