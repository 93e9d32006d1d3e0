import { parseOutwardCode, parsePostcode } from './postcode';

describe('parsePostcode', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA', 'SW1A'],
    ['  SW1A   1AA ', 'SW1A 1AA', 'SW1A'],
    ['m1 1ae', 'M1 1AE', 'M1'],
    ['B33 8TH', 'B33 8TH', 'B33'],
    ['cr2-6xh', 'CR2 6XH', 'CR2'],
    ['DN551PT', 'DN55 1PT', 'DN55'],
    ['W1A 0AX', 'W1A 0AX', 'W1A'],
    ['gir0aa', 'GIR 0AA', 'GIR'],
  ])('normalises "%s" to "%s"', (input, normalised, outward) => {
    expect(parsePostcode(input)).toEqual({ normalised, outward, inward: normalised.slice(-3) });
  });

  it.each(['', 'SW1A', 'SW1A 1A', '12345', 'SW1A 1AAA', 'Q1 1AA', 'SW1A 1!A', 'AAA1 1AA'])('rejects "%s"', (input) => {
    expect(parsePostcode(input)).toBeNull();
  });
});

describe('parseOutwardCode', () => {
  it('accepts an outward code in any case', () => expect(parseOutwardCode(' sw1a ')).toBe('SW1A'));
  it('rejects a full postcode', () => expect(parseOutwardCode('SW1A 1AA')).toBeNull());
});
