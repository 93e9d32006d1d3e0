import { percentile } from '../intake/load-driver';
import { say } from '../intake/summary';
import type { HttpLoadResult, LoadScenario } from '../shared/http-load';
import type { Expectations } from './expected';
import type { HistoryFacts } from './history-builder';
import type { FunnelBenchOptions } from './options';

export interface ScenarioOutcome {
  readonly scenario: LoadScenario;
  readonly result: HttpLoadResult;
}

export interface FunnelRunFacts {
  readonly options: FunnelBenchOptions;
  readonly history: HistoryFacts;
  readonly expected: Expectations;
  readonly queuePages: number;
}

const TARGET_WORK_QUEUE_MS = 20;
const TARGET_REGION_REPORT_MS = 200;

/** Prints the figures for people, then exactly one JSON line (always the last). Returns the exit code. */
export function printSummary(facts: FunnelRunFacts, outcomes: readonly ScenarioOutcome[]): number {
  const p95 = (name: string) => {
    const found = outcomes.find((o) => o.scenario.name === name);
    return found ? percentile(Float64Array.from(found.result.latencies).sort(), 95) : NaN;
  };
  const workQueueP95 = Math.max(p95('work-queue-first'), p95('work-queue-deep'));
  const regionP95 = p95('funnel-report-region');
  say();
  say('Recruitment funnel benchmark (apps/recruitment: 1 process, DATABASE_POOL_SIZE=10; load generator on the same machine)');
  describeData(facts);
  say();
  say(`  ${'scenario'.padEnd(46)} ${'requests'.padStart(8)} ${'per s'.padStart(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}  errors`);
  for (const o of outcomes) say(`  ${scenarioLine(o, facts.options.durationSeconds)}`);
  say('  (latencies in ms, measured by the client: HTTP round trip over keep-alive)');
  const failures = outcomes.filter((o) => o.result.errors.size > 0);
  for (const o of failures) say(`  first failure in ${o.scenario.name}: ${o.result.firstFailure}`);
  say();
  say(`  target  work queue p95 <= ${TARGET_WORK_QUEUE_MS} ms (worse of first and deep pages): ${workQueueP95.toFixed(1)} ms, ${workQueueP95 <= TARGET_WORK_QUEUE_MS ? 'met' : 'NOT met'}`);
  say(`  target  regional funnel report p95 <= ${TARGET_REGION_REPORT_MS} ms: ${regionP95.toFixed(1)} ms, ${regionP95 <= TARGET_REGION_REPORT_MS ? 'met' : 'NOT met'}`);
  say(`  checks  ${failures.length === 0 ? 'every response was 200 and agreed with SQL' : `${failures.length} scenario(s) had wrong answers`}`);
  say(JSON.stringify({ enquiries: facts.history.enquiries, work_queue_p95_ms: round(workQueueP95), funnel_report_p95_ms: round(regionP95) }));
  return failures.length > 0 ? 1 : 0;
}

function describeData({ history: h, expected: x, options, queuePages }: FunnelRunFacts): void {
  const built = h.builtInSeconds === null ? `reused (generated ${h.builtAt.toISOString()}; --rebuild to regenerate)` : `generated in ${h.builtInSeconds.toFixed(1)} s`;
  const cohort = (r: Expectations['serviceReport']) => r.reached.get('enquiry-received') ?? 0;
  say(`  history                ${h.enquiries} enquiries over two years, ${h.transitions} moves, ${h.attempts} contact attempts; ${h.open} open with something due; ${built}`);
  say(`  busiest service        ${x.subjects.service.code} (${x.subjects.service.name}): ${x.subjects.service.enquiries} enquiries, ${x.queue.length} in its work queue = ${queuePages} pages, all paged through and matched to SQL`);
  say(`  busiest region         ${x.subjects.region.code} (${x.subjects.region.name}): ${x.subjects.region.councils} councils, ${x.subjects.region.enquiries} enquiries`);
  say(`  report period          ${x.from.toISOString()} to ${x.to.toISOString()}: ${cohort(x.serviceReport)} enquiries (service), ${cohort(x.regionReport)} (region)`);
  say(`  direct SQL count       service ${x.serviceReport.sqlMs.toFixed(0)} ms, region ${x.regionReport.sqlMs.toFixed(0)} ms (once, for the expected figures)`);
  say(`  in flight              ${options.concurrency}; ${options.warmupSeconds} s warm-up then ${options.durationSeconds} s measured per scenario`);
}

function scenarioLine({ scenario, result }: ScenarioOutcome, seconds: number): string {
  const sorted = Float64Array.from(result.latencies).sort();
  const ms = (p: number) => percentile(sorted, p).toFixed(1).padStart(7);
  const errors = result.errors.size === 0 ? 'none' : [...result.errors].map(([k, n]) => `${k}: ${n}`).join('; ');
  return `${scenario.describe.padEnd(46)} ${String(sorted.length).padStart(8)} ${(sorted.length / seconds).toFixed(0).padStart(8)} ${ms(50)} ${ms(95)} ${ms(99)} ${ms(100)}  ${errors}`;
}

function round(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : null;
}
