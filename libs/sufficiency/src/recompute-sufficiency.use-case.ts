import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG } from '@app/config';
import {
  computeProjections, computeSufficiency, londonDate,
  type CalendarDate, type PopulationFlows, type SufficiencyFigures, type SufficiencyProjections,
} from '@app/domain';
import { SufficiencyRepository, type SufficiencyInputs } from '@app/persistence';
import { populationFlowsFrom, type FlowRates } from './population-flows-from';

/** Raw (unsuppressed) figures for every area: never sent to anyone as they are. */
export interface SufficiencyComputation {
  readonly takenAt: Date;
  readonly asOf: CalendarDate;
  readonly inputs: SufficiencyInputs;
  readonly figures: SufficiencyFigures;
  /** Carers leaving and children coming and going, as the projection counted them. */
  readonly flows: PopulationFlows;
  readonly projections: SufficiencyProjections;
  readonly timings: { readonly loadMs: number; readonly computeMs: number };
}

/**
 * Loads all of England and computes supply, need, gap, placement quality and the projection, as
 * at `takenAt` (the caller's clock: the workers' in the daily job, so tests can move it).
 */
@Injectable()
export class RecomputeSufficiencyUseCase {
  constructor(
    private readonly repository: SufficiencyRepository,
    @Inject(HEARTH_CONFIG) private readonly rates: FlowRates,
  ) {}

  async execute(takenAt: Date): Promise<SufficiencyComputation> {
    const asOf = londonDate(takenAt);
    const started = performance.now();
    const inputs = await this.repository.loadInputs(takenAt);
    const loaded = performance.now();
    const figures = computeSufficiency({ geography: inputs.geography, households: inputs.households, children: inputs.children });
    const flows = populationFlowsFrom(inputs.flowHistory, this.rates);
    const projections = computeProjections({ geography: inputs.geography, pipeline: inputs.pipeline, outlooks: inputs.outlooks, asOf, flows: { figures, flows } });
    const timings = { loadMs: loaded - started, computeMs: performance.now() - loaded };
    return { takenAt, asOf, inputs, figures, flows, projections, timings };
  }
}
