import { FOSTERING_INTEREST_LABELS, OPEN_STAGES, type OpenStage, type PlacementQualityKey, type SliceKey } from '@app/domain';
import type { ProjectionAssumptions } from '@app/sufficiency';
import { FOSTERING_TYPE_LABELS } from '../labels';

/** Words for the slices, stages and measures the dashboard shows. */
export function sliceLabel(slice: SliceKey): string {
  if (slice === 'all') return 'All children';
  const [kind, code] = slice.split(':') as ['category' | 'type', string];
  return kind === 'category'
    ? FOSTERING_INTEREST_LABELS[code as keyof typeof FOSTERING_INTEREST_LABELS]
    : `${FOSTERING_TYPE_LABELS[code as keyof typeof FOSTERING_TYPE_LABELS]} fostering`;
}

export const STAGE_LABELS: Record<OpenStage, string> = {
  'enquiry-received': 'Enquiry', contacted: 'Contacted', 'initial-visit': 'Initial visit', 'application-submitted': 'Applied',
  'stage-1': 'Stage 1', 'stage-2': 'Stage 2', panel: 'Panel',
};
export const STAGES = OPEN_STAGES;

export const QUALITY_LABELS: Record<PlacementQualityKey, string> = {
  'within-20-miles': 'Placed 20 miles or less from home',
  'over-20-miles': 'Placed more than 20 miles from home',
  'distance-not-known': 'Distance not known or not recorded',
  'within-20-miles-of-known': 'Placed 20 miles or less from home, of those with a known distance',
  'inside-council': 'Placed inside their own council',
  'adjoining-council': 'Placed in an adjoining council',
  'at-a-distance': 'Placed at a distance (outside the council, not adjoining)',
  'connected-person': 'Placed with a connected person (family or friends)',
  'children-living-with-all-siblings': 'Children with siblings in care living with all of them',
  'sibling-groups-together': 'Sibling groups living together',
};

/** A published figure as text: 'c', 'k', 'z' and 'x' stay as the DfE prints them; numbers get thousands separators. */
export function shown(value: number | string | null | undefined, suffix = ''): string {
  if (value === null || value === undefined) return 'x';
  if (typeof value === 'number') return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}${suffix}`;
  return value;
}

/** Whole months from now to the month a gap is expected to close. */
export function coverageText(value: number | string | null | undefined): string {
  if (value === 0) return 'No gap';
  if (typeof value === 'number') return `Within ${value} month${value === 1 ? '' : 's'}`;
  if (value === 'not-within-horizon') return 'Not within 12 months';
  return shown(value);
}

/** What the projection assumed about carers leaving and children coming and going, in words; null for older snapshots. */
export function assumptionsText(a: ProjectionAssumptions | undefined): string[] | null {
  if (!a) return null;
  const from = (source: string, rate: number | null, what: string) => (source === 'history'
    ? `${what}: counted from the last 12 months`
    : `${what}: ${rate}% of current need a year (a configured rate, until a year of history is recorded)`);
  return [
    a.carersLeaving.from === 'history'
      ? `Carers leaving: ${a.carersLeaving.percentPerYear}% of homes a year, from deregistrations in the last 12 months`
      : `Carers leaving: ${a.carersLeaving.percentPerYear}% of homes a year (a configured rate, until a year of deregistrations is recorded)`,
    from(a.childrenEntering.from, a.childrenEntering.percentPerYear, 'Children coming into foster care'),
    from(a.childrenLeaving.from, a.childrenLeaving.percentPerYear, 'Children leaving it or no longer waiting'),
  ];
}
