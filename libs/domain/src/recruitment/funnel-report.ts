import { OPEN_STAGES, WITHDRAWAL_REASONS, type WithdrawalReason } from './funnel';

/** The stages an applicant passes on the way to approval, in order: the funnel's steps. */
export const FUNNEL_STEPS = [...OPEN_STAGES, 'approved'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** How many applicants reached each step, in one group (a month, a channel, or everyone). */
export type StepCounts = Partial<Record<FunnelStep, number>>;

export interface FunnelStepFigures {
  readonly stage: FunnelStep;
  readonly reached: number;
  /** Share of those who reached the step before who reached this one, 0..1; null for the first or when none did. */
  readonly conversionFromPrevious: number | null;
  /** Median whole days spent at this stage by those who moved on from it; null if none has yet. */
  readonly medianDaysInStage: number | null;
}

export interface FunnelGroupFigures {
  readonly group: string;
  readonly steps: readonly FunnelStepFigures[];
}

export interface FunnelReportInput {
  readonly overall: StepCounts;
  readonly medianDays: Partial<Record<FunnelStep, number>>;
  readonly byMonth: ReadonlyMap<string, StepCounts>;
  readonly byChannel: ReadonlyMap<string, StepCounts>;
  readonly withdrawals: Partial<Record<WithdrawalReason, number>>;
}

export interface FunnelReport {
  readonly steps: readonly FunnelStepFigures[];
  readonly byMonth: readonly FunnelGroupFigures[];
  readonly byChannel: readonly FunnelGroupFigures[];
  readonly withdrawalReasons: readonly { code: WithdrawalReason; label: string; count: number }[];
}

/** Turns counts into the funnel: each step's reach, conversion from the step before, and time spent. */
export function buildFunnelReport(input: FunnelReportInput): FunnelReport {
  return {
    steps: stepFigures(input.overall, input.medianDays),
    byMonth: [...input.byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([group, counts]) => ({ group, steps: stepFigures(counts, {}) })),
    byChannel: [...input.byChannel].sort(([a], [b]) => a.localeCompare(b)).map(([group, counts]) => ({ group, steps: stepFigures(counts, {}) })),
    withdrawalReasons: (Object.keys(WITHDRAWAL_REASONS) as WithdrawalReason[])
      .map((code) => ({ code, label: WITHDRAWAL_REASONS[code], count: input.withdrawals[code] ?? 0 })),
  };
}

function stepFigures(counts: StepCounts, medianDays: Partial<Record<FunnelStep, number>>): FunnelStepFigures[] {
  return FUNNEL_STEPS.map((stage, i) => {
    const reached = counts[stage] ?? 0;
    const before = i === 0 ? 0 : counts[FUNNEL_STEPS[i - 1]] ?? 0;
    return {
      stage,
      reached,
      conversionFromPrevious: i === 0 || before === 0 ? null : round(reached / before, 4),
      medianDaysInStage: medianDays[stage] === undefined ? null : round(medianDays[stage]!, 1),
    };
  });
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
