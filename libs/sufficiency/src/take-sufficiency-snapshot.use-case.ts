import { Injectable } from '@nestjs/common';
import { SufficiencySnapshotRepository, UnitOfWork } from '@app/persistence';
import { allAreas } from './area-directory';
import { RecomputeSufficiencyUseCase } from './recompute-sufficiency.use-case';
import { areaReport } from './sufficiency-report';

/** What one snapshot stored, and how long it took. */
export interface SnapshotTaken {
  readonly takenAt: string;
  /** The London day the snapshot is kept under (one per area per day). */
  readonly takenOn: string;
  readonly areas: number;
  readonly ms: number;
}

/**
 * Computes and stores the day's snapshot of every area (England, each cooperative, each council):
 * the published figures only, so trends never rest on anything an analyst could not see at the
 * time. Idempotent per London day and area: running it again that day (a job retry, a stale
 * dashboard) replaces the day's figures rather than adding a second row.
 */
@Injectable()
export class TakeSufficiencySnapshotUseCase {
  constructor(
    private readonly recompute: RecomputeSufficiencyUseCase,
    private readonly snapshots: SufficiencySnapshotRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(takenAt: Date): Promise<SnapshotTaken> {
    const started = performance.now();
    const computation = await this.recompute.execute(takenAt);
    const rows = allAreas(computation.inputs).map((r) => ({ areaId: r.id, areaKind: r.area.kind, figures: areaReport(computation, r) }));
    await this.unitOfWork.run((em) => this.snapshots.saveSnapshots(em, computation.takenAt, computation.asOf, rows));
    return { takenAt: computation.takenAt.toISOString(), takenOn: computation.asOf, areas: rows.length, ms: Math.round(performance.now() - started) };
  }
}
