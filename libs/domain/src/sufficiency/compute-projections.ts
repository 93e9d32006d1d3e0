import type { CalendarDate } from '../calendar/calendar-date';
import type { CouncilCode } from '../shared/brand';
import { areaProjection, type AreaProjection } from './area-projection';
import type { SufficiencyFigures } from './compute-sufficiency';
import { emptyPipelineTally, PROJECTION_MONTHS, projectionCalendar, tallyPipelineHousehold, type PipelineTally } from './pipeline-projection';
import { councilFlows, type CouncilFlows, type PopulationFlows } from './population-flows';
import type { CooperativeId, SufficiencyGeography } from './sufficiency-areas';
import type { PipelineHousehold, StageOutlooks } from './sufficiency-inputs';

/** The recruitment pipeline and its history, as of a day. */
export interface ProjectionInput {
  readonly geography: SufficiencyGeography;
  readonly pipeline: readonly PipelineHousehold[];
  readonly outlooks: StageOutlooks;
  readonly asOf: CalendarDate;
  readonly months?: number;
  /**
   * Carers leaving and children coming and going, applied to each council's current homes and
   * need (`figures`). Without them the projection is the pipeline alone.
   */
  readonly flows?: { readonly figures: SufficiencyFigures; readonly flows: PopulationFlows };
}

/** Pipeline projections for England, each cooperative and each council. */
export interface SufficiencyProjections {
  readonly england: AreaProjection;
  readonly cooperatives: ReadonlyMap<CooperativeId, AreaProjection>;
  readonly councils: ReadonlyMap<CouncilCode, AreaProjection>;
}

/** Tallies the pipeline and the flows once by council, then adds councils up for each area. */
export function computeProjections(input: ProjectionInput): SufficiencyProjections {
  const months = input.months ?? PROJECTION_MONTHS;
  const calendar = projectionCalendar(input.asOf, input.outlooks, months);
  const tallies = new Map<CouncilCode, PipelineTally>();
  for (const h of input.pipeline) {
    let t = tallies.get(h.councilCode);
    if (!t) tallies.set(h.councilCode, (t = emptyPipelineTally(months)));
    tallyPipelineHousehold(t, calendar, h);
  }
  const flows: ReadonlyMap<CouncilCode, CouncilFlows> = input.flows ? councilFlows(input.flows.figures.councils, input.flows.flows) : new Map();
  const present = <T>(items: (T | undefined)[]) => items.filter((t): t is T => t !== undefined);
  const fromHistory = input.flows !== undefined && [input.flows.flows.childrenEntering, input.flows.flows.childrenLeaving].some((f) => f.source === 'history');
  const area = (codes: readonly CouncilCode[]) =>
    areaProjection(input.asOf, calendar.monthStarts, present(codes.map((c) => tallies.get(c))), present(codes.map((c) => flows.get(c))), fromHistory);
  return {
    england: area([...new Set([...tallies.keys(), ...flows.keys()])]),
    cooperatives: new Map(input.geography.cooperatives.map((c) => [c.id, area(c.councilCodes)])),
    councils: new Map(input.geography.councils.map((c) => [c.code, area([c.code])])),
  };
}
