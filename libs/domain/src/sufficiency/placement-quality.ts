import { COUNCIL_RELATIONS, type CouncilRelation } from '../matching/council-relation';
import { roundMiles } from '../matching/distance';
import type { CurrentPlacement } from './sufficiency-inputs';

/**
 * DfE distance bands (SSDA903, "Children looked after in England"): placed 20 miles or less from
 * home, more than 20 miles, or distance not known or not recorded. Distance is straight-line miles
 * between the home and placement postcodes, published to one decimal place, so 20.04 counts as 20.0.
 */
export const DISTANCE_BANDS = ['20-miles-or-less', 'over-20-miles', 'not-known'] as const;
export type DistanceBand = (typeof DISTANCE_BANDS)[number];

/** The DfE threshold for "placed more than 20 miles from home". */
export const DFE_DISTANCE_THRESHOLD_MILES = 20;

/** Which DfE band a placement distance falls in. */
export function distanceBand(miles: number | null): DistanceBand {
  if (miles === null || !Number.isFinite(miles)) return 'not-known';
  return roundMiles(miles) <= DFE_DISTANCE_THRESHOLD_MILES ? '20-miles-or-less' : 'over-20-miles';
}

/** Placement-quality counts for the children placed by one council or area (unrounded, unsuppressed). */
export interface PlacementQualityCounts {
  /** [locality][band]: locality in COUNCIL_RELATIONS order, band in DISTANCE_BANDS order. */
  readonly byLocalityAndDistance: readonly (readonly number[])[];
  readonly placedChildren: number;
  readonly connectedPerson: number;
  /** Children with a brother or sister in care, by whether they live with all of them. */
  readonly childrenWithSiblings: { readonly together: number; readonly apart: number };
  /** Sibling groups with a placed child, by whether every placed member lives with all the others. */
  readonly siblingGroups: { readonly together: number; readonly apart: number };
}

const CELLS = COUNCIL_RELATIONS.length * DISTANCE_BANDS.length;
const CONNECTED = CELLS;
const SIBLINGS_TOGETHER = CELLS + 1;
const SIBLINGS_APART = CELLS + 2;

/** Running placement-quality counts for one placing council (sibling groups are tallied apart). */
export interface PlacementTally {
  readonly counts: Float64Array;
}

/** An empty tally. */
export function emptyPlacementTally(): PlacementTally {
  return { counts: new Float64Array(CELLS + 3) };
}

/** Adds one placed child. */
export function tallyPlacement(tally: PlacementTally, placement: CurrentPlacement): void {
  const row = COUNCIL_RELATIONS.indexOf(placement.councilRelation);
  tally.counts[row * DISTANCE_BANDS.length + DISTANCE_BANDS.indexOf(distanceBand(placement.distanceMiles))] += 1;
  if (placement.connectedPerson) tally.counts[CONNECTED] += 1;
  if (placement.siblings) tally.counts[placement.siblings.livingWithAll ? SIBLINGS_TOGETHER : SIBLINGS_APART] += 1;
}

/** Placement-quality counts of an area from its councils' tallies and its sibling-group counts. */
export function placementQualityOf(tallies: readonly PlacementTally[], siblingGroups: PlacementQualityCounts['siblingGroups']): PlacementQualityCounts {
  const sums = new Float64Array(CELLS + 3);
  for (const t of tallies) for (let i = 0; i < sums.length; i++) sums[i] += t.counts[i];
  const byLocalityAndDistance = COUNCIL_RELATIONS.map((_, r) => DISTANCE_BANDS.map((__, b) => sums[r * DISTANCE_BANDS.length + b]));
  let placed = 0;
  for (let i = 0; i < CELLS; i++) placed += sums[i];
  return {
    byLocalityAndDistance, placedChildren: placed, connectedPerson: sums[CONNECTED],
    childrenWithSiblings: { together: sums[SIBLINGS_TOGETHER], apart: sums[SIBLINGS_APART] }, siblingGroups,
  };
}

/** Children placed in one locality (row of the locality × distance table). */
export function placedIn(counts: PlacementQualityCounts, locality: CouncilRelation): number {
  return counts.byLocalityAndDistance[COUNCIL_RELATIONS.indexOf(locality)].reduce((a, b) => a + b, 0);
}

/** Children placed in one distance band (column of the locality × distance table). */
export function placedAt(counts: PlacementQualityCounts, band: DistanceBand): number {
  const b = DISTANCE_BANDS.indexOf(band);
  return counts.byLocalityAndDistance.reduce((sum, row) => sum + row[b], 0);
}
