import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { mintStaffToken, parseScope, type StaffRole } from '@app/auth';
import { readHearthConfig, type HearthConfig } from '@app/config';
import { AppProcesses, freePort } from './intake/app-processes';
import { say } from './intake/summary';
import { computeExpectations } from './funnel/expected';
import { prepareHistory } from './funnel/history-builder';
import { parseOptions, USAGE, type FunnelBenchOptions } from './funnel/options';
import { reportScenario } from './funnel/report-scenarios';
import { printSummary, type ScenarioOutcome } from './funnel/summary';
import { walkQueue, workQueueScenarios } from './funnel/work-queue-scenarios';
import { redactUrl } from './shared/flags';
import { runHttpLoad, type LoadScenario } from './shared/http-load';
import { runAppBench } from './shared/app-bench-main';

/**
 * npm run bench:funnel — the recruitment team's reads at national scale: the busiest service's
 * work queue (first and deeper pages) and the funnel report for that service and for the busiest
 * region, over a generated two-year history, through the real recruitment app.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const BENCH_DIR = join(REPO_ROOT, '.bench');
const CLA_CSV = resolve(REPO_ROOT, '..', 'shared', 'data', 'cla_by_la.csv');

async function run(apps: AppProcesses, options: FunnelBenchOptions): Promise<number> {
  say(`[bench:funnel] preparing ${redactUrl(options.databaseUrl)}`);
  const history = await prepareHistory(options.databaseUrl, CLA_CSV, options.enquiries, options.rebuild, options.seed);
  say(`[bench:funnel] history ready: ${history.enquiries} enquiries, ${history.builtInSeconds === null ? 'reused' : `generated in ${history.builtInSeconds.toFixed(1)} s`}`);
  const expected = await computeExpectations(options.databaseUrl);
  const port = await freePort();
  const env = appEnv(options, port);
  apps.start(join(REPO_ROOT, 'dist', 'apps', 'recruitment', 'src', 'main.js'), env, [], BENCH_DIR);
  await apps.waitHealthy(`http://127.0.0.1:${port}`);
  say(`[bench:funnel] recruitment app on 127.0.0.1:${port} (log: .bench/funnel-recruitment.log)`);
  const { subjects } = expected;
  const config = readHearthConfig(env);
  const officer = await token(config, 'recruitment-officer', `service:${subjects.service.code}`);
  const analyst = await token(config, 'rcc-analyst', `region:${subjects.region.code}`);
  say(`[bench:funnel] paging through ${subjects.service.code}'s work queue (${expected.queue.length} applicants) and checking it against SQL`);
  const pages = await walkQueue(port, officer, expected.queue);
  const scenarios: LoadScenario[] = [
    ...workQueueScenarios(officer, pages),
    reportScenario({ name: 'funnel-report-service', describe: 'funnel report, service, 12 months', token: officer, label: `service:${subjects.service.code}`, expected: expected.serviceReport }, expected.from, expected.to),
    reportScenario({ name: 'funnel-report-region', describe: 'funnel report, region, 12 months', token: analyst, label: `region:${subjects.region.code}`, expected: expected.regionReport }, expected.from, expected.to),
  ];
  const outcomes = await measure(options, port, scenarios);
  await apps.stopAll();
  return printSummary({ options, history, expected, queuePages: pages.length }, outcomes);
}

/** One scenario after another, each with its own warm-up, so they never compete for the machine. */
async function measure(options: FunnelBenchOptions, port: number, scenarios: readonly LoadScenario[]): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    // The load average shows whether something else was using this small machine at the time.
    say(`[bench:funnel] ${scenario.describe}: ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s measured, ${options.concurrency} in flight (load average ${loadavg()[0].toFixed(1)})`);
    const result = await runHttpLoad({
      host: '127.0.0.1', port, concurrency: options.concurrency, warmupMs: options.warmupSeconds * 1000, durationMs: options.durationSeconds * 1000, ...scenario,
    });
    outcomes.push({ scenario, result });
  }
  return outcomes;
}

/** Tokens an hour long, so no run outlives them; signed with the secret the app was given. */
function token(config: HearthConfig, role: StaffRole, scope: string): Promise<string> {
  return mintStaffToken(config, { subject: `bench-${role}`, role, scope: parseScope(scope)!, ttlSeconds: 3600 });
}

function appEnv(options: FunnelBenchOptions, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: '{hearth-bench}',
    HOST: '127.0.0.1',
    RECRUITMENT_PORT: String(port),
    RECRUITMENT_PROCESSES: '1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    AUTH_JWT_ALGORITHM: 'HS256',
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
}

runAppBench({ tag: '[bench:funnel]', usage: USAGE, parseOptions, appLog: join(BENCH_DIR, 'funnel-recruitment.log'), run });
