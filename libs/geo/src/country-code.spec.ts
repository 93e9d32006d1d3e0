import { countryFromGssCode, countryFromName } from './country-code';

describe('countryFromGssCode', () => {
  it.each([
    ['E92000001', 'E'],
    ['W92000004', 'W'],
    ['S92000003', 'S'],
    ['N92000002', 'N'],
    ['L93000001', 'L'],
    ['M83000003', 'M'],
    [' e92000001 ', 'E'],
  ])('%s → %s', (code, initial) => expect(countryFromGssCode(code)).toBe(initial));

  it.each(['', 'E99999999', 'England', 'E12000007'])('knows no country for %j', (code) => {
    expect(countryFromGssCode(code)).toBeNull();
  });
});

describe('countryFromName', () => {
  it.each([
    ['England', 'E'],
    ['Wales', 'W'],
    ['Scotland', 'S'],
    ['scotland ', 'S'],
    ['Northern Ireland', 'N'],
    ['W92000004', 'W'],
  ])('%s → %s', (name, initial) => expect(countryFromName(name)).toBe(initial));

  it('knows no country for an unknown word', () => expect(countryFromName('Narnia')).toBeNull());
});
