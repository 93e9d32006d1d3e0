import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { readHearthConfig } from '@app/config';
import { SeededRandom } from '../intake/enquiry-generator';
import type { AppFleet } from './app-fleet';
import type { SoakPorts } from './app-env';
import { FaultPlan, type FaultWindow } from './fault-plan';
import { ClientAddresses, StaffTokens, type FlowContext } from './flow-context';
import { HttpClient } from './http-client';
import type { SoakInfrastructure } from './infrastructure';
import { HouseholdReservations, Ledger } from './ledger';
import { defaultMix, runMix, type MixOutcome } from './load-mix';
import type { SoakOptions } from './options';
import { Caller, Recorder } from './recorder';
import { RssSampler } from './rss-sampler';
import type { SoakData } from './soak-data';

/** The running platform the load is aimed at. */
export interface Platform {
  readonly infra: SoakInfrastructure;
  readonly fleet: AppFleet;
  readonly data: SoakData;
  readonly env: NodeJS.ProcessEnv;
  readonly ports: SoakPorts;
}

export interface LoadOutcome {
  readonly recorder: Recorder;
  readonly ledger: Ledger;
  readonly mix: MixOutcome;
  readonly windows: readonly FaultWindow[];
  readonly sampler: RssSampler;
  readonly loadSeconds: number;
  /** Faults the platform did not recover from. */
  readonly problems: string[];
}

/** The mixed load for the run's duration, the faults alongside it (if asked for) and RSS sampling throughout. */
export async function driveLoad(options: SoakOptions, platform: Platform, interrupted: () => boolean, say: (line: string) => void): Promise<LoadOutcome> {
  const recorder = new Recorder();
  const clients = { recruitment: new HttpClient(platform.ports.recruitment), matching: new HttpClient(platform.ports.matching) };
  const ledger = new Ledger();
  const random = new SeededRandom(options.seed);
  let loadOver = false;
  const ctx: FlowContext = {
    caller: new Caller(clients, recorder), ledger, data: platform.data, random, reservations: new HouseholdReservations(),
    tokens: new StaffTokens(readHearthConfig(platform.env), options.durationSeconds + 3600), addresses: new ClientAddresses(),
    runId: randomBytes(4).toString('hex'), loadOver: () => loadOver,
  };
  // About 100–200 samples per app whatever the duration, every 1 to 5 s.
  const sampler = new RssSampler(platform.fleet, Math.max(1000, Math.min(5000, options.durationSeconds * 5)));
  sampler.start();
  const started = performance.now();
  const durationMs = options.durationSeconds * 1000;
  const faults = new FaultPlan(platform.fleet, platform.infra.redis, platform.infra.postgres, say);
  const problems: string[] = [];
  const faultRun = options.faults
    ? faults.run(started, durationMs, interrupted).catch((error: Error) => { problems.push(error.message); })
    : Promise.resolve();
  // The load outlasts the duration only while a fault is still being recovered from.
  const over = () => interrupted() || problems.length > 0 || (performance.now() - started >= durationMs && (!options.faults || faults.done));
  const progress = setInterval(() => say(`[soak]   ${((performance.now() - started) / 1000).toFixed(0)} s: ${recorder.requests} requests, ${recorder.failures.length} failed`), 15_000);
  try {
    const mix = await runMix(defaultMix(ctx, options.rate, options.durationSeconds), random, () => (loadOver = over()));
    await faultRun;
    return { recorder, ledger, mix, windows: faults.windows, sampler, loadSeconds: (performance.now() - started) / 1000, problems };
  } finally {
    clearInterval(progress);
    sampler.stop();
    Object.values(clients).forEach((c) => c.close());
  }
}
