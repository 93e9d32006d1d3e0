import type { CalendarDate } from '../calendar/calendar-date';
import { OPEN_STAGES, type OpenStage } from '../recruitment/funnel';
import { monthCovered } from './area-projection';
import { computeProjections } from './compute-projections';
import { projectionCalendar } from './pipeline-projection';
import { recruitmentPriorities } from './recruitment-priorities';
import type { CooperativeId } from './sufficiency-areas';
import type { GapFigures } from './sufficiency-gap';
import type { StageOutlooks } from './sufficiency-inputs';
import { SLICES, type SliceKey } from './sufficiency-slices';
import { buildGeography, buildPipelineHousehold as applicant, HARTLEPOOL, LEEDS, MIDDLESBROUGH, NORTH_EAST } from '@app/testing/sufficiency-builders';

const AS_OF = '2026-11-23' as CalendarDate;
const OUTLOOKS: StageOutlooks = {
  'enquiry-received': { conversionToApproval: 0.5, daysToApproval: 400 },
  contacted: { conversionToApproval: 0.1, daysToApproval: 270 },
  'initial-visit': { conversionToApproval: 0.2, daysToApproval: 240 },
  'application-submitted': { conversionToApproval: 0.4, daysToApproval: 210 },
  'stage-1': { conversionToApproval: 0.5, daysToApproval: 180 },
  'stage-2': { conversionToApproval: 0.7, daysToApproval: 90 },
  panel: { conversionToApproval: 0.9, daysToApproval: 20 },
};
const withDays = (days: number): StageOutlooks => Object.fromEntries(OPEN_STAGES.map((s) => [s, { conversionToApproval: 1, daysToApproval: days }])) as Record<OpenStage, { conversionToApproval: number; daysToApproval: number }>;

describe('the month a stage is expected to reach approval', () => {
  it.each([[0, 1], [29, 1], [30, 2], [90, 3], [364, 12], [365, null]])('after %p days: month %p (months run from 23 November)', (days, month) => {
    expect(projectionCalendar(AS_OF, withDays(days)).approvalMonth.panel).toBe(month);
  });

  it('starts each month on the same day of the month as the projection', () => {
    expect(projectionCalendar(AS_OF, OUTLOOKS).monthStarts.slice(0, 3)).toEqual(['2026-11-23', '2026-12-23', '2027-01-23']);
  });
});

describe('the pipeline projection', () => {
  const sut = computeProjections({
    geography: buildGeography(), outlooks: OUTLOOKS, asOf: AS_OF,
    pipeline: [
      applicant({ stage: 'panel' }), applicant({ stage: 'panel' }),
      applicant({ stage: 'stage-2', openTo: ['teenagers', 'uasc', 'teenagers'], expectedPlaces: 2 }),
      applicant({ stage: 'enquiry-received', openTo: ['parent-and-child'], expectedPlaces: 2 }),
      applicant({ councilCode: MIDDLESBROUGH, stage: 'panel', openTo: [] }),
    ],
  });
  const slice = (s: SliceKey, council = HARTLEPOOL) => sut.councils.get(council)!.slices.find((p) => p.slice === s)!;

  it('expects households × conversion × places, in the month their stage usually reaches approval, cumulatively', () => {
    const teenagers = slice('category:teenagers').cumulativePlaces;
    expect(teenagers[0]).toBeCloseTo(1.8);
    expect(teenagers[1]).toBeCloseTo(1.8);
    expect(teenagers[2]).toBeCloseTo(3.2);
    expect(teenagers[11]).toBeCloseTo(3.2);
    expect(slice('category:uasc').cumulativePlaces[2]).toBeCloseTo(1.4);
  });

  it('counts households by stage per category, once each, and keeps approvals beyond 12 months apart', () => {
    expect(slice('category:teenagers').householdsByStage).toMatchObject({ panel: 2, 'stage-2': 1, 'enquiry-received': 0 });
    expect(slice('category:parent-and-child').cumulativePlaces[11]).toBe(0);
    expect(slice('category:parent-and-child').placesBeyondHorizon).toBe(1);
    expect(slice('all').households).toBe(4);
  });

  it('adds councils up for a cooperative, and leaves other councils out', () => {
    expect(sut.cooperatives.get(NORTH_EAST as string as CooperativeId)!.slices[0].households).toBe(5);
    expect(slice('all', LEEDS).households).toBe(0);
  });

  it.each([[3, 3], [3.2, 3], [0, 0], [-5, 0], [1.9, 3], [4, null]])('covers a gap of %p in month %p', (gap, month) => {
    expect(monthCovered(gap, slice('category:teenagers').cumulativePlaces)).toBe(month);
  });

  it('ranks the categories that will not be covered within 12 months, largest shortfall first, with the reason', () => {
    const gaps: Partial<Record<SliceKey, number>> = { 'category:teenagers': 4, 'category:uasc': 1, 'category:sibling-groups': 2, 'category:parent-and-child': 1, 'category:complex-trauma': -3 };
    const gap: GapFigures[] = SLICES.map((s) => ({ slice: s, need: 0, homes: 0, gap: gaps[s] ?? 0 }));
    const priorities = recruitmentPriorities([{ area: { kind: 'council', code: HARTLEPOOL }, gap, projection: sut.councils.get(HARTLEPOOL)! }]);
    expect(priorities.map((p) => [p.category, p.reason, Math.round(p.shortfall * 10) / 10])).toEqual([
      ['sibling-groups', 'no-pipeline', 2],
      ['parent-and-child', 'pipeline-too-slow', 1],
      ['teenagers', 'pipeline-too-small', 0.8],
    ]);
  });
});
