import { CsvFormatError } from './csv-format.error';
import { hasOpenQuote, splitCsvLine } from './csv-line';

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c,', ['a', '', 'c', '']],
    ['', ['']],
    ['"Bournemouth, Christchurch and Poole",E06000058', ['Bournemouth, Christchurch and Poole', 'E06000058']],
    ['x,"say ""hello""",y', ['x', 'say "hello"', 'y']],
    ['"",""', ['', '']],
    ['"a\nb",c', ['a\nb', 'c']],
    ['a"b,c', ['a"b', 'c']],
    ['"quoted"tail,next', ['quotedtail', 'next']],
    ['last,"quoted"', ['last', 'quoted']],
  ])('splits %j', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });

  it('rejects a quoted field that never closes', () => {
    expect(() => splitCsvLine('a,"open')).toThrow(CsvFormatError);
  });
});

describe('hasOpenQuote', () => {
  it.each([
    ['plain', false],
    ['"closed",x', false],
    ['"open, still', true],
    ['"escaped ""quote"" only', true],
  ])('%j → %s', (text, open) => expect(hasOpenQuote(text)).toBe(open));
});
