import { parseCoordinates } from './coordinates';

describe('parseCoordinates', () => {
  it('reads WGS84 degrees', () => {
    expect(parseCoordinates('51.501009', '-0.141588')).toEqual({ latitude: 51.501009, longitude: -0.141588 });
  });

  it.each([
    ['ONSPD "no grid reference"', '99.999999', '0.000000'],
    ['an empty latitude', '', '-0.14'],
    ['an empty longitude', '51.5', ' '],
    ['text', 'north', 'west'],
    ['a longitude off the globe', '51.5', '181'],
  ])('has none for %s', (_, latitude, longitude) => {
    expect(parseCoordinates(latitude, longitude)).toBeNull();
  });
});
