import type { CalendarDate } from '../calendar/calendar-date';
import type { CouncilCode } from '../shared/brand';
import { areaProjection, type AreaProjection } from './area-projection';
import { emptyPipelineTally, PROJECTION_MONTHS, projectionCalendar, tallyPipelineHousehold, type PipelineTally } from './pipeline-projection';
import type { CooperativeId, SufficiencyGeography } from './sufficiency-areas';
import type { PipelineHousehold, StageOutlooks } from './sufficiency-inputs';

/** The recruitment pipeline and its history, as of a day. */
export interface ProjectionInput {
  readonly geography: SufficiencyGeography;
  readonly pipeline: readonly PipelineHousehold[];
  readonly outlooks: StageOutlooks;
  readonly asOf: CalendarDate;
  readonly months?: number;
}

/** Pipeline projections for England, each cooperative and each council. */
export interface SufficiencyProjections {
  readonly england: AreaProjection;
  readonly cooperatives: ReadonlyMap<CooperativeId, AreaProjection>;
  readonly councils: ReadonlyMap<CouncilCode, AreaProjection>;
}

/** Tallies the pipeline once by council, then adds councils up for each area. */
export function computeProjections(input: ProjectionInput): SufficiencyProjections {
  const months = input.months ?? PROJECTION_MONTHS;
  const calendar = projectionCalendar(input.asOf, input.outlooks, months);
  const tallies = new Map<CouncilCode, PipelineTally>();
  for (const h of input.pipeline) {
    let t = tallies.get(h.councilCode);
    if (!t) tallies.set(h.councilCode, (t = emptyPipelineTally(months)));
    tallyPipelineHousehold(t, calendar, h);
  }
  const area = (codes: readonly CouncilCode[]) =>
    areaProjection(input.asOf, calendar.monthStarts, codes.map((c) => tallies.get(c)).filter((t): t is PipelineTally => t !== undefined));
  return {
    england: area([...tallies.keys()]),
    cooperatives: new Map(input.geography.cooperatives.map((c) => [c.id, area(c.councilCodes)])),
    councils: new Map(input.geography.councils.map((c) => [c.code, area([c.code])])),
  };
}
