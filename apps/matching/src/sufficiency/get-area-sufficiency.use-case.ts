import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { ENGLAND_CODE, systemClock } from '@app/domain';
import { SufficiencyRepository, SufficiencySnapshotRepository } from '@app/persistence';
import {
  allAreas, areaReport, nationalFigures, qualityComparison, RecomputeSufficiencyUseCase, TakeSufficiencySnapshotUseCase,
  type AreaRequest, type QualityComparisonRow, type ResolvedArea, type SufficiencyAreaReport, type SufficiencyComputation,
} from '@app/sufficiency';
import { resolveArea } from './sufficiency-area';

/** An area's published figures, with its placement quality beside England's and the DfE's. */
export interface AreaSufficiencyAnswer extends SufficiencyAreaReport {
  readonly placementQualityComparison: readonly QualityComparisonRow[];
}

/**
 * Published sufficiency for one area the person may see (others 404). Served from the latest
 * snapshot while it is fresh (a recompute for England takes about a second; a snapshot read a few
 * milliseconds), else recomputed, with the day's snapshot of every area stored for the next reader.
 * Only published (suppressed, rounded) aggregates ever leave this use case.
 */
@Injectable()
export class GetAreaSufficiencyUseCase {
  private readonly clock = systemClock;

  constructor(
    private readonly recompute: RecomputeSufficiencyUseCase,
    private readonly takeSnapshot: TakeSufficiencySnapshotUseCase,
    private readonly repository: SufficiencyRepository,
    private readonly snapshots: SufficiencySnapshotRepository,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {}

  async execute(staff: StaffPrincipal, request: AreaRequest): Promise<AreaSufficiencyAnswer> {
    const resolved = resolveArea(staff, request, await this.repository.loadGeography());
    const maxAgeMs = this.config.sufficiencyMaxAgeSeconds * 1000;
    if (maxAgeMs === 0) {
      const computation = await this.recompute.execute(this.clock.now());
      return answerFor(computation, resolveArea(staff, request, computation.inputs));
    }
    const since = new Date(this.clock.now().getTime() - maxAgeMs);
    const wanted = [resolved.id, ENGLAND_CODE];
    let stored = await this.snapshots.latestSnapshots(wanted, since);
    // A cooperative redefined since the snapshot has other councils now: its stored figures are stale.
    if (!stored || !sameCouncils(stored.figures.get(resolved.id) as SufficiencyAreaReport, resolved)) {
      await this.takeSnapshot.execute(this.clock.now());
      stored = await this.snapshots.latestSnapshots(wanted, since);
    }
    return withComparison(stored!.figures.get(resolved.id) as SufficiencyAreaReport, stored!.figures.get(ENGLAND_CODE) as SufficiencyAreaReport);
  }

  /** The area and, for CSV downloads, every area inside it (a cooperative's councils; England's cooperatives and councils). */
  async withParts(staff: StaffPrincipal, request: AreaRequest): Promise<SufficiencyAreaReport[]> {
    const computation = await this.recompute.execute(this.clock.now());
    const resolved = resolveArea(staff, request, computation.inputs);
    return [resolved, ...partsOf(resolved, computation)].map((r) => areaReport(computation, r));
  }
}

export function answerFor(computation: SufficiencyComputation, resolved: ResolvedArea): AreaSufficiencyAnswer {
  const report = areaReport(computation, resolved);
  const england = resolved.area.kind === 'england' ? report : areaReport(computation, allAreas(computation.inputs)[0]);
  return withComparison(report, england);
}

function sameCouncils(stored: SufficiencyAreaReport, current: ResolvedArea): boolean {
  const codes = (councils: readonly { code: string }[]) => councils.map((c) => c.code).join(',');
  return codes(stored.area.councils) === codes(current.councils);
}

function withComparison(report: SufficiencyAreaReport, england: SufficiencyAreaReport): AreaSufficiencyAnswer {
  return { ...report, placementQualityComparison: qualityComparison(report, england, nationalFigures()) };
}

function partsOf(resolved: ResolvedArea, computation: SufficiencyComputation): ResolvedArea[] {
  if (resolved.area.kind === 'council') return [];
  const all = allAreas(computation.inputs).slice(1);
  if (resolved.area.kind === 'england') return all;
  const codes = new Set(resolved.councils.map((c) => c.code));
  return all.filter((a) => a.area.kind === 'council' && codes.has(a.id));
}
