import { CsvFormatError } from './csv-format.error';
import { hasOpenQuote, splitCsvLine } from './csv-line';

/** A stray quote would otherwise swallow the rest of a 1 GB file into one "record". */
const MAX_RECORD_CHARS = 100_000;

/**
 * Yields the records of CSV text arriving in chunks (a file stream with utf8 encoding), one at a
 * time, so a 1 GB ONS Postcode Directory never sits in memory. Handles a UTF-8 byte-order mark,
 * CRLF or LF line ends, and quoted fields spanning lines; blank lines are ignored.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let pending = '';
  let lineNumber = 0;
  let recordStart = 0;
  for await (const line of readLines(chunks)) {
    lineNumber++;
    if (!pending) recordStart = lineNumber;
    const text = pending ? `${pending}\n${line}` : line;
    if ((pending || line.includes('"')) && hasOpenQuote(text)) {
      if (text.length > MAX_RECORD_CHARS) throw new CsvFormatError(`line ${recordStart}: a quoted field never closes`);
      pending = text;
      continue;
    }
    pending = '';
    if (text !== '') yield splitCsvLine(text);
  }
  if (pending) throw new CsvFormatError(`line ${recordStart}: a quoted field never closes before the end of the file`);
}

/** Lines without their line end; the BOM Excel and ONS tools write is dropped from the first. */
async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  let started = false;
  for await (const chunk of chunks) {
    let text = rest + chunk;
    if (!started && text !== '') {
      text = text.replace(/^\uFEFF/, '');
      started = true;
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield withoutCr(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield withoutCr(rest);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
