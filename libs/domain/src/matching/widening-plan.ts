import { boundingBox, type BoundingBox } from './bounding-box';
import type { GeoPoint } from './distance';
import type { WideningPolicy } from './matching-policy';

/** One pass of a widening search: a radius and its pre-filter box, or (both null) the whole country. */
export interface WideningStep {
  readonly radiusMiles: number | null;
  readonly box: BoundingBox | null;
}

/**
 * The radii to try in turn around the family home until enough eligible homes are found.
 * Connected-person households must be fetched by id at every step, whatever their distance:
 * s22C(7) prefers them wherever they live.
 */
export function wideningPlan(familyHome: GeoPoint, widening: WideningPolicy): WideningStep[] {
  const steps: WideningStep[] = widening.radiiMiles.map((radiusMiles) => ({ radiusMiles, box: boundingBox(familyHome, radiusMiles) }));
  if (widening.thenWholeCountry) steps.push({ radiusMiles: null, box: null });
  return steps;
}

/** Whether a pass found enough eligible homes to stop widening. */
export function hasEnoughCandidates(eligibleHomes: number, widening: WideningPolicy): boolean {
  return eligibleHomes >= widening.enoughCandidates;
}
