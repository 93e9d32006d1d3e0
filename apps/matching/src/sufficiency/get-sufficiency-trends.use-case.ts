import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { CATEGORY_SLICES, gapKey, type PublishedCount, type PublishedEstimate } from '@app/domain';
import { SufficiencyRepository, SufficiencySnapshotRepository } from '@app/persistence';
import type { AreaRequest, SufficiencyAreaReport, SufficiencyHeadline } from '@app/sufficiency';
import { resolveArea } from './sufficiency-area';

export interface TrendPoint {
  readonly takenAt: string;
  readonly headline: SufficiencyHeadline;
  /** Per 'all' and each shortage category: need, filled places, available vacancies and the gap, as published then. */
  readonly bySlice: Readonly<Record<string, { need: PublishedCount | null; filledPlaces: PublishedCount | null; availableVacancies: PublishedCount | null; gap: PublishedEstimate | null }>>;
}

export interface SufficiencyTrends {
  readonly area: { readonly id: string; readonly kind: string; readonly name: string };
  readonly points: readonly TrendPoint[];
}

/** The most snapshots a trend shows (two years of daily snapshots: one per area per day). */
const MAX_POINTS = 730;

/** An area's figures over time, from stored snapshots (published figures only). */
@Injectable()
export class GetSufficiencyTrendsUseCase {
  constructor(
    private readonly repository: SufficiencyRepository,
    private readonly snapshots: SufficiencySnapshotRepository,
  ) {}

  async execute(staff: StaffPrincipal, request: AreaRequest): Promise<SufficiencyTrends> {
    const resolved = resolveArea(staff, request, await this.repository.loadGeography());
    const rows = await this.snapshots.readSnapshots(resolved.id, MAX_POINTS);
    return { area: { id: resolved.id, kind: resolved.area.kind, name: resolved.name }, points: rows.map((r) => pointOf(r.takenAt, r.figures as SufficiencyAreaReport)) };
  }
}

function pointOf(takenAt: Date, report: SufficiencyAreaReport): TrendPoint {
  const gap = report.tables.gap;
  const bySlice: Record<string, TrendPoint['bySlice'][string]> = {};
  for (const slice of ['all', ...CATEGORY_SLICES]) {
    const i = gap.rows.indexOf(slice as never);
    if (i < 0) continue;
    bySlice[slice] = { need: gap.cells[i][0], filledPlaces: gap.cells[i][1], availableVacancies: gap.cells[i][2], gap: gap.estimates[gapKey(slice as never)] ?? null };
  }
  return { takenAt: new Date(takenAt).toISOString(), headline: report.headline, bySlice };
}
