import { COUNCIL_RELATIONS, type CouncilRelation } from '../matching/council-relation';
import { TOTAL, type CountTable, type PercentRequest } from './count-table';
import { DISTANCE_BANDS, type DistanceBand, type PlacementQualityCounts } from './placement-quality';

/** Keys of the placement-quality percentages, across the three placement tables. */
export const PLACEMENT_QUALITY_KEYS = [
  'within-20-miles', 'over-20-miles', 'distance-not-known', 'within-20-miles-of-known',
  'inside-council', 'adjoining-council', 'at-a-distance',
  'connected-person', 'children-living-with-all-siblings', 'sibling-groups-together',
] as const;
export type PlacementQualityKey = (typeof PLACEMENT_QUALITY_KEYS)[number];

export const CONNECTED_COLUMNS = ['connected-person', 'other-foster-carer'] as const;
export type ConnectedColumn = (typeof CONNECTED_COLUMNS)[number];
export const SIBLING_ROWS = ['children', 'sibling-groups'] as const;
export type SiblingRow = (typeof SIBLING_ROWS)[number];
export const SIBLING_COLUMNS = ['together', 'apart'] as const;
export type SiblingColumn = (typeof SIBLING_COLUMNS)[number];

type LocalityRef = { row: CouncilRelation | typeof TOTAL; column: DistanceBand | typeof TOTAL };
const GRAND: LocalityRef = { row: TOTAL, column: TOTAL };
const band = (b: DistanceBand): LocalityRef => ({ row: TOTAL, column: b });
const locality = (l: CouncilRelation): LocalityRef => ({ row: l, column: TOTAL });

/**
 * DfE's "placement distance by locality" table (inside / outside the council × 20 miles or less /
 * more / not known), with outside split into adjoining and at a distance. Percentages are of all
 * placed children, unknown distances included, as the DfE publishes them; "of known" is extra.
 */
export function localityTable(pq: PlacementQualityCounts): CountTable<CouncilRelation, DistanceBand> {
  const cells = pq.byLocalityAndDistance.map((row) => [...row]);
  const percentages: PercentRequest<CouncilRelation, DistanceBand>[] = [
    { key: 'within-20-miles', numerator: [band('20-miles-or-less')], denominator: [GRAND] },
    { key: 'over-20-miles', numerator: [band('over-20-miles')], denominator: [GRAND] },
    { key: 'distance-not-known', numerator: [band('not-known')], denominator: [GRAND] },
    { key: 'within-20-miles-of-known', numerator: [band('20-miles-or-less')], denominator: [band('20-miles-or-less'), band('over-20-miles')] },
    { key: 'inside-council', numerator: [locality('inside')], denominator: [GRAND] },
    { key: 'adjoining-council', numerator: [locality('adjoining')], denominator: [GRAND] },
    { key: 'at-a-distance', numerator: [locality('at-a-distance')], denominator: [GRAND] },
  ];
  return {
    rows: COUNCIL_RELATIONS,
    columns: DISTANCE_BANDS,
    cells,
    rowTotals: cells.map((row) => row.reduce((a, b) => a + b, 0)),
    columnTotals: DISTANCE_BANDS.map((_, j) => cells.reduce((s, row) => s + row[j], 0)),
    grandTotal: pq.placedChildren,
    percentages,
  };
}

/** Children placed with a connected person (U1–U3) or another foster carer. */
export function connectedTable(pq: PlacementQualityCounts): CountTable<'placed-children', ConnectedColumn> {
  return {
    rows: ['placed-children'],
    columns: CONNECTED_COLUMNS,
    cells: [[pq.connectedPerson, pq.placedChildren - pq.connectedPerson]],
    rowTotals: [pq.placedChildren],
    percentages: [{ key: 'connected-person', numerator: [{ row: 'placed-children', column: 'connected-person' }], denominator: [{ row: 'placed-children', column: TOTAL }] }],
  };
}

/** Children with siblings in care, and sibling groups, by whether they live together. */
export function siblingsTable(pq: PlacementQualityCounts): CountTable<SiblingRow, SiblingColumn> {
  const c = pq.childrenWithSiblings;
  const g = pq.siblingGroups;
  const together = (row: SiblingRow) => ({ numerator: [{ row, column: 'together' as const }], denominator: [{ row, column: TOTAL as typeof TOTAL }] });
  return {
    rows: SIBLING_ROWS,
    columns: SIBLING_COLUMNS,
    cells: [[c.together, c.apart], [g.together, g.apart]],
    rowTotals: [c.together + c.apart, g.together + g.apart],
    percentages: [
      { key: 'children-living-with-all-siblings', ...together('children') },
      { key: 'sibling-groups-together', ...together('sibling-groups') },
    ],
  };
}
