import { TOTAL, type CountTable, type EstimateRequest } from './count-table';
import type { AreaSufficiency } from './compute-sufficiency';
import { SLICES, type SliceKey } from './sufficiency-slices';
import type { SupplySlice } from './supply-figures';

/** Columns splitting supply by who approved the carers. */
export const SERVICE_KIND_COLUMNS = ['in-house', 'independent-agency'] as const;
export type ServiceKindColumn = (typeof SERVICE_KIND_COLUMNS)[number];
/** Approved places are filled, vacant and available, or vacant and unavailable; they add up to places. */
export const PLACE_STATUSES = ['filled', 'available-vacancy', 'unavailable-vacancy'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];
/** Need is children waiting on an open referral plus children placed. */
export const NEED_STATUSES = ['open-referral', 'placed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
/** The counts the gap is worked out from (gap = need − filled places − available vacancies). */
export const GAP_COLUMNS = ['need', 'filled-places', 'available-vacancies'] as const;
export type GapColumn = (typeof GAP_COLUMNS)[number];

/** Key of a weekly-cost estimate in the households table. */
export function costKey(statistic: 'mean' | 'median', slice: SliceKey, split: ServiceKindColumn | 'all'): string {
  return `${statistic}-weekly-cost|${slice}|${split}`;
}

/** Key of the gap estimate in the gap table. */
export function gapKey(slice: SliceKey): string {
  return `gap|${slice}`;
}

/** Approved households by slice and kind of service (rows overlap, so no column totals); with weekly costs. */
export function householdsTable(a: AreaSufficiency): CountTable<SliceKey, ServiceKindColumn> {
  const estimates: EstimateRequest<SliceKey, ServiceKindColumn>[] = [];
  for (const s of a.supply) {
    for (const split of ['all', ...SERVICE_KIND_COLUMNS] as const) {
      const f = s.bySplit[split];
      const basis = [{ row: s.slice, column: split === 'all' ? TOTAL : split }] as const;
      estimates.push({ key: costKey('mean', s.slice, split), value: f.meanWeeklyCost, basis, countLike: false });
      estimates.push({ key: costKey('median', s.slice, split), value: f.medianWeeklyCost, basis, countLike: false });
    }
  }
  return {
    rows: SLICES,
    columns: SERVICE_KIND_COLUMNS,
    cells: a.supply.map((s) => [s.bySplit['in-house'].households, s.bySplit['independent-agency'].households]),
    rowTotals: a.supply.map((s) => s.bySplit.all.households),
    estimates,
  };
}

/** One slice's places: kind of service × status, with every total (in-house + agency = all). */
export function placesTable(s: SupplySlice): CountTable<ServiceKindColumn, PlaceStatus> {
  const row = (split: ServiceKindColumn | 'all') => {
    const f = s.bySplit[split];
    return [f.filledPlaces, f.availableVacancies, f.unavailableVacancies];
  };
  return {
    rows: SERVICE_KIND_COLUMNS,
    columns: PLACE_STATUSES,
    cells: SERVICE_KIND_COLUMNS.map(row),
    rowTotals: SERVICE_KIND_COLUMNS.map((k) => s.bySplit[k].places),
    columnTotals: row('all'),
    grandTotal: s.bySplit.all.places,
  };
}

/** Need by slice: open referrals and children placed, adding up to need. */
export function needTable(a: AreaSufficiency): CountTable<SliceKey, NeedStatus> {
  return {
    rows: SLICES,
    columns: NEED_STATUSES,
    cells: a.need.map((n) => [n.figures.openReferrals, n.figures.placedChildren]),
    rowTotals: a.need.map((n) => n.figures.need),
  };
}

/** The gap by slice, from need and homes; every cell repeats a figure from the need or places tables. */
export function gapTable(a: AreaSufficiency): CountTable<SliceKey, GapColumn> {
  return {
    rows: SLICES,
    columns: GAP_COLUMNS,
    cells: a.gap.map((g, i) => [g.need, a.supply[i].bySplit.all.filledPlaces, a.supply[i].bySplit.all.availableVacancies]),
    estimates: a.gap.map((g) => ({
      key: gapKey(g.slice), value: g.gap, countLike: true,
      basis: GAP_COLUMNS.map((column) => ({ row: g.slice, column })),
    })),
  };
}
