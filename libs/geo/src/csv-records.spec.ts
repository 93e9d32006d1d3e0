import { CsvFormatError } from './csv-format.error';
import { readCsvRecords } from './csv-records';

async function records(...chunks: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for await (const record of readCsvRecords(toAsync(chunks))) out.push(record);
  return out;
}

async function* toAsync(chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}

describe('readCsvRecords', () => {
  it('reads LF and CRLF lines, with or without a final line end', async () => {
    expect(await records('a,b\r\nc,d\ne,f')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
  });

  it('drops the UTF-8 byte-order mark before the first header', async () => {
    expect(await records('\uFEFFpcds,lat\r\n', 'AB1 0AA,57.1\r\n')).toEqual([['pcds', 'lat'], ['AB1 0AA', '57.1']]);
  });

  it('joins lines and fields cut across chunk boundaries, CRLF included', async () => {
    expect(await records('out', 'code,la', 't\r', '\nSW1A,51', '.5\r\n')).toEqual([['outcode', 'lat'], ['SW1A', '51.5']]);
  });

  it('keeps commas and line breaks inside quoted fields', async () => {
    expect(await records('name,code\r\n"Bath, and\r\nNorth East",E06000022\r\n')).toEqual([
      ['name', 'code'],
      ['Bath, and\nNorth East', 'E06000022'],
    ]);
  });

  it('skips blank lines', async () => {
    expect(await records('a\n\n\nb\n\n')).toEqual([['a'], ['b']]);
  });

  it('fails clearly when the file ends inside a quoted field', async () => {
    await expect(records('a,b\nc,"never closed\nmore')).rejects.toThrow(CsvFormatError);
    await expect(records('a,b\nc,"never closed\nmore')).rejects.toThrow('line 2: a quoted field never closes before the end of the file');
  });
});
