import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a header and rows, quoting only what needs it', () => {
    expect(toCsv(['a', 'b'], [['plain', 1.5], ['has, comma', null], ['say "hi"', 0]]))
      .toBe('a,b\r\nplain,1.5\r\n"has, comma",\r\n"say ""hi""",0\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("evil")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe('x\r\n"\'=HYPERLINK(""evil"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n');
  });
});
