import { nationalPlacementFigures, type NationalDistributionRow } from './national-comparison';

const row = (measure: string, category: string, year: string, value: number, unit: string): NationalDistributionRow => ({ measure, category, year, value, unit });

describe('national comparison figures', () => {
  it('takes the latest year, and turns separation rates into "together" rates', () => {
    const sut = nationalPlacementFigures([
      row('placement_locality', 'Placed inside the local authority boundary', '2024', 57, 'percent'),
      row('placement_locality', 'Placed inside the local authority boundary', '2025', 56, 'percent'),
      row('sibling_separation', 'sibling groups separated (initial placement)', '2023', 34, 'percent_of_sibling_groups'),
    ]);
    expect(sut['inside-council']).toMatchObject({ percent: 56, year: '2025', comparable: false });
    expect(sut['sibling-groups-together']).toMatchObject({ percent: 66, year: '2023' });
    expect(sut['at-a-distance']).toBeUndefined();
  });

  it('ignores rows whose unit differs from the source it expects', () => {
    expect(nationalPlacementFigures([row('placement_locality', 'Placed inside the local authority boundary', '2025', 38500, 'children')])['inside-council']).toBeUndefined();
  });
});
