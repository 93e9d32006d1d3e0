import { Injectable } from '@nestjs/common';
import {
  computeProjections, computeSufficiency, londonDate, systemClock,
  type CalendarDate, type Clock, type SufficiencyFigures, type SufficiencyProjections,
} from '@app/domain';
import { SufficiencyRepository, type SufficiencyInputs } from '@app/persistence';

/** Raw (unsuppressed) figures for every area: never sent to anyone as they are. */
export interface SufficiencyComputation {
  readonly takenAt: Date;
  readonly asOf: CalendarDate;
  readonly inputs: SufficiencyInputs;
  readonly figures: SufficiencyFigures;
  readonly projections: SufficiencyProjections;
  readonly timings: { readonly loadMs: number; readonly computeMs: number };
}

/** Loads all of England and computes supply, need, gap, placement quality and the projection. */
@Injectable()
export class RecomputeSufficiencyUseCase {
  private readonly clock: Clock = systemClock;

  constructor(private readonly repository: SufficiencyRepository) {}

  async execute(): Promise<SufficiencyComputation> {
    const takenAt = this.clock.now();
    const asOf = londonDate(takenAt);
    const started = performance.now();
    const inputs = await this.repository.loadInputs(takenAt);
    const loaded = performance.now();
    const figures = computeSufficiency({ geography: inputs.geography, households: inputs.households, children: inputs.children });
    const projections = computeProjections({ geography: inputs.geography, pipeline: inputs.pipeline, outlooks: inputs.outlooks, asOf });
    const timings = { loadMs: loaded - started, computeMs: performance.now() - loaded };
    return { takenAt, asOf, inputs, figures, projections, timings };
  }
}
