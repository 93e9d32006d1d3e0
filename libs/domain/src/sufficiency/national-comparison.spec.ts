import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nationalPlacementFigures, parseNationalDistributions } from './national-comparison';

// The project's shared folder sits beside the repository; a fresh clone without it skips the real-file check.
const FILE = resolve(__dirname, '../../../../../shared/data/cla_national_distributions.csv');

describe('national comparison figures', () => {
  it('parses quoted fields holding commas', () => {
    const rows = parseNationalDistributions('measure,category,year,value,unit\r\nplacement_distance_by_locality,"1. Placed inside the LA boundary, 20 miles or less from home",2025,38500,children\n');
    expect(rows).toEqual([{ measure: 'placement_distance_by_locality', category: '1. Placed inside the LA boundary, 20 miles or less from home', year: '2025', value: 38500, unit: 'children' }]);
  });

  it('takes the latest year, and turns separation rates into "together" rates', () => {
    const rows = parseNationalDistributions([
      'measure,category,year,value,unit',
      'placement_locality,Placed inside the local authority boundary,2024,57,percent',
      'placement_locality,Placed inside the local authority boundary,2025,56,percent',
      'sibling_separation,sibling groups separated (initial placement),2023,34,percent_of_sibling_groups',
    ].join('\n'));
    const sut = nationalPlacementFigures(rows);
    expect(sut['inside-council']).toMatchObject({ percent: 56, year: '2025', comparable: false });
    expect(sut['sibling-groups-together']).toMatchObject({ percent: 66, year: '2023' });
    expect(sut['at-a-distance']).toBeUndefined();
  });

  (existsSync(FILE) ? it : it.skip)('reads the shared 2025 DfE figures (69% within 20 miles, 22% over, 9% not known, 56% inside)', () => {
    const sut = nationalPlacementFigures(parseNationalDistributions(readFileSync(FILE, 'utf8')));
    expect([sut['within-20-miles']?.percent, sut['over-20-miles']?.percent, sut['distance-not-known']?.percent, sut['inside-council']?.percent]).toEqual([69, 22, 9, 56]);
    expect(sut['connected-person']).toMatchObject({ percent: 24, year: '2024', basis: 'percent_of_foster_placements' });
    expect([sut['children-living-with-all-siblings']?.percent, sut['sibling-groups-together']?.percent]).toEqual([63, 66]);
  });
});
