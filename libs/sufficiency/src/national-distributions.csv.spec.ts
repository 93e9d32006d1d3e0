import { existsSync, readFileSync } from 'node:fs';
import { nationalPlacementFigures } from '@app/domain';
import { findFromRepoRoot } from '@app/web';
import { parseNationalDistributions } from './national-distributions.csv';

/** The project's shared folder beside the repository, or null in a fresh clone without it. */
function sharedFile(): string | null {
  try {
    return findFromRepoRoot('../shared/data/cla_national_distributions.csv', __dirname);
  } catch {
    return null;
  }
}
const FILE = sharedFile();

describe('reading the DfE national distributions file', () => {
  it('parses quoted fields holding commas, and CRLF line ends', () => {
    const rows = parseNationalDistributions('measure,category,year,value,unit\r\nplacement_distance_by_locality,"1. Placed inside the LA boundary, 20 miles or less from home",2025,38500,children\n');
    expect(rows).toEqual([{ measure: 'placement_distance_by_locality', category: '1. Placed inside the LA boundary, 20 miles or less from home', year: '2025', value: 38500, unit: 'children' }]);
  });

  it('finds columns by header name, in any order', () => {
    expect(parseNationalDistributions('unit,value,year,category,measure\npercent,56,2025,Inside,placement_locality')).toEqual([
      { measure: 'placement_locality', category: 'Inside', year: '2025', value: 56, unit: 'percent' }]);
  });

  (FILE && existsSync(FILE) ? it : it.skip)('reads the shared 2025 DfE figures (69% within 20 miles, 22% over, 9% not known, 56% inside)', () => {
    const sut = nationalPlacementFigures(parseNationalDistributions(readFileSync(FILE!, 'utf8')));
    expect([sut['within-20-miles']?.percent, sut['over-20-miles']?.percent, sut['distance-not-known']?.percent, sut['inside-council']?.percent]).toEqual([69, 22, 9, 56]);
    expect(sut['connected-person']).toMatchObject({ percent: 24, year: '2024', basis: 'percent_of_foster_placements' });
    expect([sut['children-living-with-all-siblings']?.percent, sut['sibling-groups-together']?.percent]).toEqual([63, 66]);
  });
});
