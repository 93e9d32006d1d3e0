import { centroidCouncil, districtCode, upperTierCouncil } from './council-code';

const known = new Set(['E09000033', 'E06000058', 'E08000003', 'E10000012']);

describe('upperTierCouncil', () => {
  it.each([
    ['a London borough is its own council', 'E09000033', 'E99999999', 'E09000033'],
    ['a unitary is its own council', 'E06000058', '', 'E06000058'],
    ['a metropolitan district is its own council', 'E08000003', 'E99999999', 'E08000003'],
    ['a two-tier district is served by its county', 'E07000066', 'E10000012', 'E10000012'],
    ['a district of an abolished county has none', 'E07000026', 'E10000006', null],
    ['a district with a pseudo county has none', 'E07000066', 'E99999999', null],
    ['a Welsh principal area has none here', 'W06000015', 'W99999999', null],
    ['a Scottish council area has none here', 'S12000036', 'S99999999', null],
    ['a unitary outside the 153 has none', 'E06000999', '', null],
    ['an empty district has none', '', '', null],
  ])('%s', (_, lad, county, council) => {
    expect(upperTierCouncil(lad, county, known)).toBe(council);
  });
});

describe('centroidCouncil', () => {
  it('prefers the upper-tier column', () => expect(centroidCouncil('E10000012', 'E07000066', known)).toBe('E10000012'));
  it('falls back to the district column', () => expect(centroidCouncil('', 'E09000033', known)).toBe('E09000033'));
  it('falls back when the upper-tier column is absent', () => expect(centroidCouncil(undefined, 'E06000058', known)).toBe('E06000058'));
  it('has none for a Scottish district', () => expect(centroidCouncil('', 'S12000033', known)).toBeNull());
  it('has none for an unknown code', () => expect(centroidCouncil('E07000066', 'E07000066', known)).toBeNull());
});

describe('districtCode', () => {
  it.each([
    ['E07000066', 'E07000066'],
    [' w06000015 ', 'W06000015'],
    ['E99999999', null],
    ['', null],
    ['junk', null],
  ])('%j → %s', (input, stored) => expect(districtCode(input)).toBe(stored));
});
