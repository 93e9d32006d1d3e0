import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { nationalFigures } from './national-figures';
import { RecomputeSufficiencyUseCase, type SufficiencyComputation } from './recompute-sufficiency.use-case';
import { allAreas, resolveArea, type AreaRequest, type ResolvedArea } from './sufficiency-area';
import { areaReport, qualityComparison, type QualityComparisonRow, type SufficiencyAreaReport } from './sufficiency-report';

/** An area's published figures, with its placement quality beside England's and the DfE's. */
export interface AreaSufficiencyAnswer extends SufficiencyAreaReport {
  readonly placementQualityComparison: readonly QualityComparisonRow[];
}

/**
 * Published sufficiency for one area the person may see (others 404). Computed on request from
 * PostgreSQL; only published (suppressed, rounded) aggregates ever leave this use case.
 */
@Injectable()
export class GetAreaSufficiencyUseCase {
  constructor(private readonly recompute: RecomputeSufficiencyUseCase) {}

  async execute(staff: StaffPrincipal, request: AreaRequest): Promise<AreaSufficiencyAnswer> {
    const computation = await this.recompute.execute();
    return answerFor(computation, resolveArea(staff, request, computation.inputs));
  }

  /** The area and, for CSV downloads, every area inside it (a cooperative's councils; England's cooperatives and councils). */
  async withParts(staff: StaffPrincipal, request: AreaRequest): Promise<SufficiencyAreaReport[]> {
    const computation = await this.recompute.execute();
    const resolved = resolveArea(staff, request, computation.inputs);
    return [resolved, ...partsOf(resolved, computation)].map((r) => areaReport(computation, r));
  }
}

export function answerFor(computation: SufficiencyComputation, resolved: ResolvedArea): AreaSufficiencyAnswer {
  const report = areaReport(computation, resolved);
  const england = resolved.area.kind === 'england' ? report : areaReport(computation, allAreas(computation.inputs)[0]);
  return { ...report, placementQualityComparison: qualityComparison(report, england, nationalFigures()) };
}

function partsOf(resolved: ResolvedArea, computation: SufficiencyComputation): ResolvedArea[] {
  if (resolved.area.kind === 'council') return [];
  const all = allAreas(computation.inputs).slice(1);
  if (resolved.area.kind === 'england') return all;
  const codes = new Set(resolved.councils.map((c) => c.code));
  return all.filter((a) => a.area.kind === 'council' && codes.has(a.id));
}
