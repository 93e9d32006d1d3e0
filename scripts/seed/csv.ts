import { existsSync, readFileSync } from 'node:fs';

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

/** One line's fields; council names may be quoted and contain commas. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { fields.push(field); field = ''; }
    else field += ch;
  }
  fields.push(field);
  return fields;
}
