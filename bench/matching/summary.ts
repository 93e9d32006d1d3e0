import { availableParallelism } from 'node:os';
import type { HttpLoadResult } from '../shared/http-load';
import { percentile } from '../intake/load-driver';
import { say } from '../intake/summary';
import type { PagingProbe } from './http-phases';
import type { MatchingBenchOptions } from './options';
import type { SearchStats } from './response-checks';
import type { RecordedSearch } from './search-recorder';
import type { SpotCheckResult } from './spot-check';
import type { SqlFloor } from './sql-floor';

export interface MatchingBenchOutcome {
  readonly households: number;
  readonly openReferrals: number;
  readonly stats: SearchStats;
  readonly validationErrors: Map<string, number>;
  readonly firstFailure: string | null;
  readonly fixedCost: HttpLoadResult;
  readonly single: HttpLoadResult;
  readonly recorded: readonly RecordedSearch[];
  readonly floor: SqlFloor;
  readonly load: HttpLoadResult;
  readonly paging: PagingProbe;
  readonly spot: SpotCheckResult;
  /** 1-minute load averages before the single-search phase, before and after the throughput phase. */
  readonly loadAverages: readonly number[];
}

const TARGET = { p95Ms: 20, perSecond: 300, ratio: 2 };
const round = (x: number, dp = 2) => Math.round(x * 10 ** dp) / 10 ** dp;
const sorted = (values: ArrayLike<number>) => Float64Array.from(values).sort();
const ms = (s: Float64Array, p: number) => percentile(s, p).toFixed(2);
const errorText = (errors: Map<string, number>) => (errors.size ? [...errors].map(([k, n]) => `${n}× ${k}`).join(', ') : 'none');
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Prints the figures for people, then exactly one JSON line (the last); returns the exit code. */
export function printSummary(options: MatchingBenchOptions, o: MatchingBenchOutcome): number {
  const single = sorted(o.single.latencies);
  const f: Figures = {
    p50: percentile(single, 50), p95: percentile(single, 95), floorP50: percentile(o.floor.perSearchMs, 50),
    perSecond: o.load.latencies.length / (o.load.measuredMs / 1000),
  };
  say();
  say('Match search benchmark (POST /api/v1/referrals/:id/match-search, first page of 20)');
  describeSearches(o);
  describeTimings(options, o, single, f);
  describeFindings(o);
  say(`  targets                  p95 ≤ ${TARGET.p95Ms} ms: ${met(f.p95 <= TARGET.p95Ms)}; ≥ ${TARGET.perSecond}/s: ${met(f.perSecond >= TARGET.perSecond)}; ` +
    `ratio to SQL floor ≤ ${TARGET.ratio}: ${met(f.p50 / f.floorP50 <= TARGET.ratio)} (${(f.p50 / f.floorP50).toFixed(2)})`);
  say(JSON.stringify({
    households: o.households, referrals: o.openReferrals, p50_ms: round(f.p50), p95_ms: round(f.p95), searches_per_s: Math.round(f.perSecond),
    sql_floor_p50_ms: round(f.floorP50, 3), ratio_to_floor: round(f.p50 / f.floorP50),
  }));
  const failed = o.validationErrors.size + o.single.errors.size + o.load.errors.size + o.fixedCost.errors.size + o.spot.problems.length;
  return failed > 0 ? 1 : 0;
}

interface Figures { readonly p50: number; readonly p95: number; readonly floorP50: number; readonly perSecond: number }

function describeSearches(o: MatchingBenchOutcome): void {
  const s = o.stats;
  say(`  machine                  ${availableParallelism()} CPUs shared by app, PostgreSQL and load generator; load average ${o.loadAverages.map((l) => l.toFixed(1)).join(' → ')} (anything else running counts)`);
  say(`  data                     ${o.households} households, ${o.openReferrals} open referrals; ${s.searches} sampled referrals from every council`);
  say(`  searches found           ${round(s.candidates / s.searches, 1)} candidates and ${round(s.considered / s.searches, 0)} homes considered per search; ${s.empty} with none; ` +
    `${s.beyondRadius} shown beyond the radius the search reports (box corners)`);
  say(`  widening stopped at      ${s.describeRadii()}`);
  say(`  correctness              every sampled answer checked: ${errorText(o.validationErrors)}${o.firstFailure ? ` (first: ${o.firstFailure})` : ''}`);
}

function describeTimings(options: MatchingBenchOptions, o: MatchingBenchOutcome, single: Float64Array, f: Figures): void {
  const load = sorted(o.load.latencies);
  say(`  one at a time            ${single.length} searches in ${options.singleSeconds} s: p50 ${ms(single, 50)}  p95 ${ms(single, 95)}  p99 ${ms(single, 99)}  max ${ms(single, 100)} ms ` +
    `(client round trip, keep-alive; every answer byte-identical to the validated one); errors ${errorText(o.single.errors)}`);
  say(`  app fixed cost           ${ms(sorted(o.fixedCost.latencies), 50)} ms p50: HTTP + token + validation for an id that cannot exist (404, no SQL)`);
  say(`  in process, no HTTP      use case p50 ${ms(sorted(o.recorded.map((r) => r.useCaseMs)), 50)} ms, of which candidate finder p50 ${ms(sorted(o.recorded.map((r) => r.findMs)), 50)} ms`);
  say(`  SQL floor                p50 ${f.floorP50.toFixed(2)}  p95 ${ms(o.floor.perSearchMs, 95)} ms per search: ${round(o.floor.statementsPerSearch, 2)} statements, ` +
    `${round(o.floor.rowsPerSearch, 0)} rows (the same statements and parameters the search sent)`);
  say(`  ${String(options.concurrency).padEnd(2)} in flight            ${options.processes} app process(es): ${load.length} searches in ${options.durationSeconds} s = ${f.perSecond.toFixed(0)}/s; ` +
    `p50 ${ms(load, 50)}  p95 ${ms(load, 95)} ms; errors ${errorText(o.load.errors)}`);
}

function describeFindings(o: MatchingBenchOutcome): void {
  const spot = o.spot;
  say(`  domain spot checks       ${spot.checked} answers re-judged by assessHousehold: ${spot.problems.length === 0 ? 'no problems' : `${spot.problems.length} problems, e.g. ${spot.problems[0]}`}`);
  say(`  widening vs exhaustive   ${spot.differsFromExhaustive} of ${spot.checked} first pages differ from ranking every home within the furthest one shown` +
    `${spot.examples[0] ? `; e.g. ${spot.examples[0]}` : ''}`);
  say(`  paging                   ${o.paging.shortBeforeEngland} of ${o.paging.asked} second pages short though the search had not reached all of England` +
    `${o.paging.example ? `; e.g. ${o.paging.example}` : ''}`);
}
