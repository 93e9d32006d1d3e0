import { CsvFormatError } from './csv-format.error';

/**
 * Splits one complete CSV record (RFC 4180) into its fields: commas inside double quotes stay,
 * and "" inside quotes is one quote. Most ONSPD lines have no quote at all, so they take the
 * fast path of a plain split; the importer calls this millions of times.
 */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    const [value, next] = line[at] === '"' ? readQuoted(line, at) : readBare(line, at);
    fields.push(value);
    if (next >= line.length) return fields;
    at = next + 1;
  }
}

/** A field without leading quote runs to the next comma; returns the field and the comma's index. */
function readBare(line: string, from: number): [string, number] {
  const comma = line.indexOf(',', from);
  const end = comma < 0 ? line.length : comma;
  return [line.slice(from, end), end];
}

/** A quoted field; anything between the closing quote and the comma is kept rather than lost. */
function readQuoted(line: string, from: number): [string, number] {
  let value = '';
  let at = from + 1;
  for (;;) {
    const quote = line.indexOf('"', at);
    if (quote < 0) throw new CsvFormatError(`unterminated quoted field at character ${from + 1}`);
    value += line.slice(at, quote);
    if (line[quote + 1] !== '"') {
      const [tail, end] = readBare(line, quote + 1);
      return [value + tail, end];
    }
    value += '"';
    at = quote + 2;
  }
}

/** True while a record is inside a quoted field, i.e. its line break belongs to the field. */
export function hasOpenQuote(text: string): boolean {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) count++;
  return count % 2 === 1;
}
