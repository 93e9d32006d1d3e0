import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readHearthConfig } from '@app/config';
import { AppProcesses, freePort } from './intake/app-processes';
import { say } from './intake/summary';
import { prepareBenchData, type BenchData } from './matching/bench-database';
import { matchingAppEnv, officerTokens } from './matching/app-under-test';
import { fixedCostProbe, pagingProbe, searchRequests, timedSearches, validationPass } from './matching/http-phases';
import { parseOptions, USAGE, type MatchingBenchOptions } from './matching/options';
import { SearchStats } from './matching/response-checks';
import { SearchRecorder } from './matching/search-recorder';
import { spotCheck } from './matching/spot-check';
import { measureSqlFloor } from './matching/sql-floor';
import { printSummary } from './matching/summary';
import { redactUrl } from './shared/flags';
import { runAppBench } from './shared/app-bench-main';

/**
 * npm run bench:matching — match search at national scale through the real matching app: one search
 * at a time (latency), many in flight (throughput), and, in the same run, the raw SQL floor: the
 * candidate statements each search sent (connected persons, then every widening step), replayed alone.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const BENCH_DIR = join(REPO_ROOT, '.bench');
const tag = '[bench:matching]';

async function run(apps: AppProcesses, options: MatchingBenchOptions): Promise<number> {
  say(`${tag} preparing ${redactUrl(options.databaseUrl)} (migrate; seed --scale national unless already there)`);
  const data = await prepareBenchData(REPO_ROOT, options.databaseUrl, options.sample, options.seed, options.reseed);
  say(`${tag} ${data.households} households, ${data.openReferrals} open referrals${data.seededNow ? ' (seeded now)' : ' (seed reused)'}; sample ${data.sample.length} referrals from ${new Set(data.sample.map((s) => s.councilCode)).size} councils`);
  const port = await freePort();
  const env = matchingAppEnv(options.databaseUrl, options.redisUrl, port, options.processes);
  const config = readHearthConfig(env);
  const recorder = await SearchRecorder.open(options.databaseUrl, config);
  try {
    say(`${tag} recording each search's candidate SQL in process (the app's own use case, no HTTP), then timing it`);
    const recorded = await recorder.record(data.sample);
    startApp(apps, options, env);
    await apps.waitHealthy(`http://127.0.0.1:${port}`);
    say(`${tag} matching app, ${options.processes} process(es), on 127.0.0.1:${port} (log: .bench/matching.log)`);
    const outcome = await measure(options, port, await officerTokens(config, data.sample), data, recorded);
    await apps.stopAll();
    say(`${tag} re-judging ${Math.min(options.spotChecks, outcome.pages.length)} answers with libs/domain`);
    const spot = await spotCheck(recorder, outcome.pages.slice(0, options.spotChecks));
    return printSummary(options, { ...outcome, households: data.households, openReferrals: data.openReferrals, recorded, spot });
  } finally {
    await recorder.close();
  }
}

async function measure(options: MatchingBenchOptions, port: number, tokenOf: Map<string, string>, data: BenchData, recorded: Awaited<ReturnType<SearchRecorder['record']>>) {
  const requests = searchRequests(data.sample, tokenOf);
  say(`${tag} every sampled search once, each answer checked (also the warm-up)`);
  const validation = await validationPass(port, requests);
  const stats = new SearchStats();
  validation.pages.forEach((page) => stats.observe(page));
  say(`${tag} app fixed cost: 404 for an impossible id, 3 s`);
  const fixedCost = await fixedCostProbe(port, tokenOf.values().next().value!, 3000);
  const loadAverages = [loadavg()[0]];
  say(`${tag} one search at a time for ${options.singleSeconds} s (load average ${loadAverages[0].toFixed(1)})`);
  const single = await timedSearches(port, requests, validation.answers, 1, 1000, options.singleSeconds * 1000);
  say(`${tag} SQL floor: the recorded candidate SQL replayed ${options.floorRounds} times on one connection`);
  const floor = await measureSqlFloor(options.databaseUrl, recorded, options.floorRounds);
  loadAverages.push(loadavg()[0]);
  say(`${tag} ${options.concurrency} in flight: ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s measured (load average ${loadAverages[1].toFixed(1)})`);
  const load = await timedSearches(port, requests, validation.answers, options.concurrency, options.warmupSeconds * 1000, options.durationSeconds * 1000);
  loadAverages.push(loadavg()[0]);
  const paging = await pagingProbe(port, searchRequests(data.sample.slice(0, 100), tokenOf, '?page=2&pageSize=20'));
  return { stats, validationErrors: validation.errors, firstFailure: validation.firstFailure, pages: validation.pages, fixedCost, single, floor, load, paging, loadAverages };
}

function startApp(apps: AppProcesses, options: MatchingBenchOptions, env: NodeJS.ProcessEnv): void {
  const nodeArgs = options.appNodeOptions.split(/\s+/).filter(Boolean);
  if (nodeArgs.some((a) => a.startsWith('--cpu-prof'))) nodeArgs.push(`--cpu-prof-dir=${join(BENCH_DIR, 'profiles')}`);
  // The working directory is .bench/, so the app never picks up a developer's .env.
  apps.start(join(REPO_ROOT, 'dist', 'apps', 'matching', 'src', 'main.js'), env, nodeArgs, BENCH_DIR);
}

runAppBench({ tag: tag, usage: USAGE, parseOptions, appLog: join(BENCH_DIR, 'matching.log'), run });
