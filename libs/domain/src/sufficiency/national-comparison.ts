import type { PlacementQualityKey } from './placement-quality-tables';

/** One row of cla_national_distributions.csv (measure, category, year, value, unit), as the caller read it. */
export interface NationalDistributionRow {
  readonly measure: string;
  readonly category: string;
  readonly year: string;
  readonly value: number;
  readonly unit: string;
}

/** A national figure to show beside an area's, with where it comes from and how far it compares. */
export interface NationalFigure {
  readonly percent: number;
  readonly year: string;
  /** What the national percentage is of, in the source's words. */
  readonly basis: string;
  readonly source: string;
  /** True only when the area figure is computed the same way over the same population. */
  readonly comparable: boolean;
  readonly caveat: string | null;
}

/** Where each national figure is found, and what to say about it. */
interface NationalSource {
  readonly key: PlacementQualityKey;
  readonly measure: string;
  readonly category: string;
  readonly unit: string;
  readonly complement: boolean;
  readonly source: string;
  readonly comparable: boolean;
  readonly caveat: string | null;
}

const DFE = 'DfE, Children looked after in England including adoptions, 31 March';
const ALL_PLACEMENTS = 'National figure covers all placement types (children\'s homes, semi-independent living and others), not only foster care.';
const CCO = 'Children\'s Commissioner for England, "Siblings in care" (estimate, secondary source)';

const SOURCES: readonly NationalSource[] = [
  { key: 'within-20-miles', measure: 'placement_distance', category: 'Placed 20 miles or less from home', unit: 'percent', complement: false, source: DFE, comparable: false, caveat: ALL_PLACEMENTS },
  { key: 'over-20-miles', measure: 'placement_distance', category: 'Placed more than 20 miles from home', unit: 'percent', complement: false, source: DFE, comparable: false, caveat: ALL_PLACEMENTS },
  { key: 'distance-not-known', measure: 'placement_distance', category: 'Distance not known or not recorded', unit: 'percent', complement: false, source: DFE, comparable: false, caveat: ALL_PLACEMENTS },
  { key: 'inside-council', measure: 'placement_locality', category: 'Placed inside the local authority boundary', unit: 'percent', complement: false, source: DFE, comparable: false, caveat: ALL_PLACEMENTS },
  { key: 'connected-person', measure: 'foster_with_relative_or_friend', category: 'foster placement with relative or friend (kinship foster care)', unit: 'percent_of_foster_placements', complement: false, source: 'Kinship, summarising DfE 2024 (secondary source)', comparable: true, caveat: 'Secondary source; verify against the DfE national placement table.' },
  { key: 'children-living-with-all-siblings', measure: 'sibling_separation', category: 'children with a sibling in care separated from a sibling (initial placement)', unit: 'percent_of_children_with_sibling_in_care', complement: true, source: CCO, comparable: false, caveat: 'Estimate at first placement, not a count at a date.' },
  { key: 'sibling-groups-together', measure: 'sibling_separation', category: 'sibling groups separated (initial placement)', unit: 'percent_of_sibling_groups', complement: true, source: CCO, comparable: false, caveat: 'Estimate at first placement, not a count at a date.' },
];

/**
 * National figures for the placement-quality percentages, from the rows of
 * cla_national_distributions.csv (read by the caller). Keys without a national figure ("at a
 * distance", "adjoining", "of known") are left out. Separation rates become "together" as 100 − rate.
 */
export function nationalPlacementFigures(rows: readonly NationalDistributionRow[]): Partial<Record<PlacementQualityKey, NationalFigure>> {
  const out: Partial<Record<PlacementQualityKey, NationalFigure>> = {};
  for (const s of SOURCES) {
    const found = rows.filter((r) => r.measure === s.measure && r.category === s.category && r.unit === s.unit)
      .sort((a, b) => b.year.localeCompare(a.year))[0];
    if (!found) continue;
    const percent = s.complement ? 100 - found.value : found.value;
    out[s.key] = { percent, year: found.year, basis: s.unit, source: s.source, comparable: s.comparable, caveat: s.caveat };
  }
  return out;
}
