import { Injectable } from '@nestjs/common';
import { SufficiencyRepository, UnitOfWork } from '@app/persistence';
import { RecomputeSufficiencyUseCase } from './recompute-sufficiency.use-case';
import { allAreas } from './sufficiency-area';
import { areaReport } from './sufficiency-report';

/** What one snapshot stored, and how long it took. */
export interface SnapshotTaken {
  readonly takenAt: string;
  readonly areas: number;
  readonly ms: number;
}

/**
 * Computes and stores one snapshot of every area (England, each cooperative, each council): the
 * published figures only, so trends never rest on anything an analyst could not see at the time.
 * Idempotent per instant; meant to be run by a BullMQ repeatable job (daily by default).
 */
@Injectable()
export class TakeSufficiencySnapshotUseCase {
  constructor(
    private readonly recompute: RecomputeSufficiencyUseCase,
    private readonly repository: SufficiencyRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(): Promise<SnapshotTaken> {
    const started = performance.now();
    const computation = await this.recompute.execute();
    const rows = allAreas(computation.inputs).map((r) => ({ areaId: r.id, areaKind: r.area.kind, figures: areaReport(computation, r) }));
    await this.unitOfWork.run((em) => this.repository.saveSnapshots(em, computation.takenAt, rows));
    return { takenAt: computation.takenAt.toISOString(), areas: rows.length, ms: Math.round(performance.now() - started) };
  }
}
