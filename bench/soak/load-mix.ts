import { performance } from 'node:perf_hooks';
import { EnquiryGenerator, type SeededRandom } from '../intake/enquiry-generator';
import { sleep, type FlowContext } from './flow-context';
import { applicationFlow } from './flows/application-flow';
import { apiEnquiry, formEnquiry } from './flows/enquiry-flows';
import { bookAndEndPlacement, readSufficiency, searchSeededReferral } from './flows/matching-flows';

/** One kind of visit to the platform, started at random (Poisson) times at an average rate. */
export interface FlowKind {
  readonly name: string;
  readonly perSecond: number;
  /** More than this many at once means the platform is not keeping up: further arrivals are skipped and counted. */
  readonly maxInFlight: number;
  readonly run: () => Promise<unknown>;
}

export interface MixOutcome {
  readonly started: Record<string, number>;
  readonly skipped: Record<string, number>;
  /** A flow that found something wrong outside a request (an answer that made no sense). */
  readonly flowErrors: string[];
}

/**
 * The mix at --rate 1, about 20 requests a second in all: what a busy region might see, not a
 * stress test (bench:* measure peak throughput). Each form enquiry is ~22 requests, each
 * application ~27, each booking 3 plus its ending.
 */
export function defaultMix(ctx: FlowContext, rate: number, durationSeconds: number): FlowKind[] {
  const generator = new EnquiryGenerator(ctx.random, ctx.data.pools);
  // Placements end after about a quarter of the run (at most a minute), so homes keep freeing up.
  const holdSeconds = Math.min(60, durationSeconds / 4);
  return [
    { name: 'api enquiry', perSecond: 5, maxInFlight: 40, run: () => apiEnquiry(ctx, generator) },
    { name: 'form enquiry', perSecond: 0.25, maxInFlight: 20, run: () => formEnquiry(ctx, generator) },
    { name: 'application', perSecond: 0.1, maxInFlight: 10, run: () => applicationFlow(ctx, generator) },
    { name: 'match search', perSecond: 4, maxInFlight: 30, run: () => searchSeededReferral(ctx) },
    { name: 'book and end', perSecond: 0.4, maxInFlight: 60, run: () => bookAndEndPlacement(ctx, holdSeconds) },
    { name: 'sufficiency read', perSecond: 1.5, maxInFlight: 20, run: () => readSufficiency(ctx) },
  ].map((kind) => ({ ...kind, perSecond: kind.perSecond * rate }));
}

/** Starts each kind's flows at their rate until `over()`, then waits (up to `drainMs`) for the ones still running. */
export async function runMix(kinds: readonly FlowKind[], random: SeededRandom, over: () => boolean, drainMs = 90_000): Promise<MixOutcome> {
  const started: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  const flowErrors: string[] = [];
  const running = new Set<Promise<void>>();
  const arrivals = kinds.map(async (kind) => {
    started[kind.name] = 0;
    skipped[kind.name] = 0;
    let inFlight = 0;
    let next = performance.now();
    while (!over()) {
      next += -Math.log(1 - random.next()) * (1000 / kind.perSecond);
      // Short naps, so the end of the load is noticed at once even at low rates.
      while (!over() && performance.now() < next) await sleep(Math.min(next - performance.now(), 500));
      if (over()) break;
      if (inFlight >= kind.maxInFlight) { skipped[kind.name]++; continue; }
      inFlight++;
      started[kind.name]++;
      const flow = kind.run().then(() => undefined, (error: Error) => { flowErrors.push(`${kind.name}: ${error.message}`); })
        .finally(() => { inFlight--; running.delete(flow); });
      running.add(flow);
    }
  });
  await Promise.all(arrivals);
  await Promise.race([Promise.all(running), sleep(drainMs)]);
  return { started, skipped, flowErrors };
}
