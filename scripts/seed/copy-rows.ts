import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value to store as jsonb rather than as a PostgreSQL array. */
export class Json {
  constructor(readonly value: unknown) {}
}

export type CopyValue = string | number | boolean | null | Date | Json | readonly (string | number)[];

/** Streams rows into `table` with COPY … FROM STDIN (text format), in the caller's transaction. */
export async function copyRows(db: Client, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  let count = 0;
  function* lines(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(encode).join('\t') + '\n';
      count++;
      if (chunk.length > 1 << 20) { yield chunk; chunk = ''; }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return count;
}

function encode(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Json) return escape(JSON.stringify(value.value));
  if (Array.isArray(value)) return escape(arrayLiteral(value));
  return escape(value as string);
}

/** A PostgreSQL array literal with every element quoted, so spaces and commas survive. */
function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((item) => (typeof item === 'number' ? String(item) : `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
function escape(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}
