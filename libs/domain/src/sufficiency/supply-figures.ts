import { SLICES, sliceIndexes, type SliceKey } from './sufficiency-slices';
import type { SupplyHousehold } from './sufficiency-inputs';
import { summariseCosts } from './weekly-cost';

/** Supply is shown for all households and for each kind of fostering service. */
export const SERVICE_SPLITS = ['all', 'in-house', 'independent-agency'] as const;
export type ServiceSplit = (typeof SERVICE_SPLITS)[number];

/**
 * Supply of one slice in one area (unrounded, unsuppressed). Places = approved places;
 * filled + available + unavailable vacancies = places. A vacancy is available only in a
 * mainstream household that is not on hold (as Ofsted splits vacancies into available or not).
 */
export interface SupplyFigures {
  readonly households: number;
  readonly places: number;
  readonly filledPlaces: number;
  readonly availableVacancies: number;
  readonly unavailableVacancies: number;
  /** Children living there beyond the approved places (emergency, reg 23): not in filledPlaces. */
  readonly placedBeyondApproval: number;
  readonly meanWeeklyCost: number | null;
  readonly medianWeeklyCost: number | null;
  /** Households with a known weekly cost: the basis of the mean and median. */
  readonly costedHouseholds: number;
}

/** One slice's supply, for all households and split by kind of service. */
export interface SupplySlice {
  readonly slice: SliceKey;
  readonly bySplit: Readonly<Record<ServiceSplit, SupplyFigures>>;
}

const MEASURES = 6;
const SPLITS = SERVICE_SPLITS.length;

/** Running supply counts for one council; areas add councils' tallies together. */
export interface SupplyTally {
  readonly counts: Float64Array;
  readonly costs: number[][];
}

/** An empty tally. */
export function emptySupplyTally(): SupplyTally {
  return { counts: new Float64Array(SLICES.length * SPLITS * MEASURES), costs: Array.from({ length: SLICES.length * SPLITS }, () => []) };
}

/** Adds one household to every slice and split it belongs to. */
export function tallyHousehold(tally: SupplyTally, h: SupplyHousehold): void {
  const filled = Math.min(h.filledPlaces, h.places);
  const vacant = h.places - filled;
  const available = h.approvalKind === 'mainstream' && !h.onHold ? vacant : 0;
  const values = [1, h.places, filled, available, vacant - available, h.filledPlaces - filled];
  const split = h.serviceKind === 'in-house' ? 1 : 2;
  for (const slice of sliceIndexes(h.shortageCategories, h.fosteringTypes)) {
    addTo(tally, slice * SPLITS, values, h.weeklyCostPounds);
    addTo(tally, slice * SPLITS + split, values, h.weeklyCostPounds);
  }
}

function addTo(tally: SupplyTally, cell: number, values: readonly number[], cost: number | null): void {
  const base = cell * MEASURES;
  for (let m = 0; m < MEASURES; m++) tally.counts[base + m] += values[m];
  if (cost !== null) tally.costs[cell].push(cost);
}

/** Supply of an area from the tallies of its councils. */
export function supplyOf(tallies: readonly SupplyTally[]): SupplySlice[] {
  return SLICES.map((slice, i) => {
    const bySplit = {} as Record<ServiceSplit, SupplyFigures>;
    SERVICE_SPLITS.forEach((split, s) => { bySplit[split] = figuresOf(tallies, i * SPLITS + s); });
    return { slice, bySplit };
  });
}

function figuresOf(tallies: readonly SupplyTally[], cell: number): SupplyFigures {
  const sums = new Array<number>(MEASURES).fill(0);
  for (const t of tallies) for (let m = 0; m < MEASURES; m++) sums[m] += t.counts[cell * MEASURES + m];
  const cost = summariseCosts(tallies.map((t) => t.costs[cell]));
  return {
    households: sums[0], places: sums[1], filledPlaces: sums[2], availableVacancies: sums[3], unavailableVacancies: sums[4],
    placedBeyondApproval: sums[5], meanWeeklyCost: cost.mean, medianWeeklyCost: cost.median, costedHouseholds: cost.count,
  };
}
