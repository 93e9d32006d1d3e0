import { detectGeoFileLayout, type OnspdLayout } from './geo-file-layout';
import { toPostcodeRow } from './postcode-row';

const layout = detectGeoFileLayout(['pcd', 'doterm', 'oscty', 'oslaua', 'ctry', 'lat', 'long']) as OnspdLayout;
const councils = new Set(['E09000033', 'E10000012']);
const row = (...fields: string[]) => toPostcodeRow(fields, layout, councils);

describe('toPostcodeRow', () => {
  it('normalises the postcode and finds its council', () => {
    expect(row('SW1A1AA', '', 'E99999999', 'E09000033', 'E92000001', '51.501009', '-0.141588')).toEqual({
      postcode: 'SW1A 1AA', outwardCode: 'SW1A', latitude: 51.501009, longitude: -0.141588,
      ladCode: 'E09000033', councilCode: 'E09000033', country: 'E', terminated: false,
    });
  });

  it('gives a two-tier district its county and keeps the district', () => {
    expect(row('SS14 3BY', '', 'E10000012', 'E07000066', 'E92000001', '51.57', '0.46')).toMatchObject({ ladCode: 'E07000066', councilCode: 'E10000012' });
  });

  it('keeps a terminated postcode, flagged', () => {
    expect(row('AB1 0AA', '199606', 'S99999999', 'S12000033', 'S92000003', '57.101474', '-2.242851')).toMatchObject({ terminated: true, country: 'S', councilCode: null });
  });

  it.each([
    ['no-coordinates', ['M1 1AE', '', 'E99999999', 'E08000003', 'E92000001', '99.999999', '0.000000']],
    ['invalid-code', ['NOT A PC', '', '', 'E09000033', 'E92000001', '51.5', '-0.1']],
    ['unknown-country', ['SW1A 1AA', '', '', 'E09000033', 'E99999999', '51.5', '-0.1']],
    ['malformed-row', ['SW1A 1AA', '', '', 'E09000033', 'E92000001', '51.5']],
  ])('skips a row as %s', (reason, fields) => {
    expect(row(...fields)).toBe(reason);
  });
});
