import type { HearthConfig } from '@app/config';
import type { ChildFlow, ChildFlowRecord, FlowSource, PopulationFlows } from '@app/domain';
import type { FlowHistory } from '@app/persistence';

/** The settings used where the platform holds less than a year of history. */
export type FlowRates = Pick<HearthConfig, 'carerLeavingRate' | 'childrenEnteringRate' | 'childrenLeavingRate'>;

/** The year's history where there is one, else the configured rates (SUFFICIENCY_*_RATE). */
export function populationFlowsFrom(history: FlowHistory, rates: FlowRates): PopulationFlows {
  const child = (records: ChildFlowRecord[] | null, rate: number): ChildFlow =>
    (records ? { source: 'history', records } : { source: 'configured', ratePerYear: rate });
  return {
    carerLeaving: history.carerLeavingRate === null
      ? { source: 'configured', ratePerYear: rates.carerLeavingRate }
      : { source: 'history', ratePerYear: history.carerLeavingRate },
    childrenEntering: child(history.childrenEntering, rates.childrenEnteringRate),
    childrenLeaving: child(history.childrenLeaving, rates.childrenLeavingRate),
  };
}

/** What the projection assumed, as the dashboard states it: sources, and rates as whole percentages a year. */
export interface ProjectionAssumptions {
  readonly carersLeaving: { readonly from: FlowSource; readonly percentPerYear: number };
  /** percentPerYear is null when the children were counted from history rather than a rate. */
  readonly childrenEntering: { readonly from: FlowSource; readonly percentPerYear: number | null };
  readonly childrenLeaving: { readonly from: FlowSource; readonly percentPerYear: number | null };
}

/** Whole percentages only: a national rate to more places could hint at a handful of households. */
export function projectionAssumptions(flows: PopulationFlows): ProjectionAssumptions {
  const percent = (rate: number) => Math.round(rate * 100);
  const child = (f: ChildFlow) => ({ from: f.source, percentPerYear: f.source === 'configured' ? percent(f.ratePerYear) : null });
  return {
    carersLeaving: { from: flows.carerLeaving.source, percentPerYear: percent(flows.carerLeaving.ratePerYear) },
    childrenEntering: child(flows.childrenEntering),
    childrenLeaving: child(flows.childrenLeaving),
  };
}
