import { detectGeoFileLayout, type OutcodeLayout } from './geo-file-layout';
import { toOutcodeRow } from './outcode-row';

const layout = detectGeoFileLayout(['outcode', 'lat', 'long', 'main_lad_code', 'main_utla_code', 'country']) as OutcodeLayout;
const councils = new Set(['E09000033', 'E10000012']);
const row = (...fields: string[]) => toOutcodeRow(fields, layout, councils);

describe('toOutcodeRow', () => {
  it('takes the upper-tier council and the country initial', () => {
    expect(row('CM1', '51.73', '0.47', 'E07000070', 'E10000012', 'England')).toEqual({
      outwardCode: 'CM1', latitude: 51.73, longitude: 0.47, councilCode: 'E10000012', country: 'E',
    });
  });

  it('has no council outside England', () => {
    expect(row('EH1', '55.95', '-3.19', 'S12000036', '', 'Scotland')).toMatchObject({ councilCode: null, country: 'S' });
  });

  it.each([
    ['invalid-code', ['W1M', '51.5', '-0.15', 'E09000033', 'E09000033', 'England']],
    ['no-coordinates', ['SW1A', '', '', 'E09000033', 'E09000033', 'England']],
    ['unknown-country', ['SW1A', '51.5', '-0.13', 'E09000033', 'E09000033', 'Atlantis']],
  ])('skips a row as %s', (reason, fields) => {
    expect(row(...fields)).toBe(reason);
  });
});
