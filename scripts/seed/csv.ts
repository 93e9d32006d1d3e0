import { existsSync, readFileSync } from 'node:fs';
import { splitCsvLine } from '@app/geo';

/** A CSV file as rows keyed by header name, or null when the file is absent (a fresh clone without ../shared). */
export function readCsv(path: string): Record<string, string>[] | null {
  if (!existsSync(path)) return null;
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
  const columns = splitCsvLine(header);
  return lines.map((line) => {
    const fields = splitCsvLine(line);
    return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
  });
}
