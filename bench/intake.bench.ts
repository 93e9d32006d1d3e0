import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { AppProcesses, freePort } from './intake/app-processes';
import { CpuAccounting } from './intake/cpu-accounting';
import { checkDurability, prepareBenchDatabase } from './intake/bench-database';
import { EnquiryGenerator, SeededRandom } from './intake/enquiry-generator';
import { driveLoad, type LoadResult } from './intake/load-driver';
import { parseOptions, USAGE, type IntakeBenchOptions } from './intake/options';
import type { OutcodePools } from './intake/outcodes';
import { printSummary, say } from './intake/summary';
import { runAppBench } from './shared/app-bench-main';

/**
 * npm run bench:intake — acknowledged public enquiries per second through the real recruitment
 * app (HTTP → validation → routing → one transaction with the outbox row), then proof in
 * PostgreSQL that every acknowledged enquiry and its follow-up job are durable.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const BENCH_DIR = join(REPO_ROOT, '.bench');
const CENTROIDS_CSV = resolve(REPO_ROOT, '..', 'shared', 'data', 'gb_outcode_centroids.csv');
const RATE_LIMIT_LIFTED = 1_000_000;
const QUEUE_PREFIX = '{hearth-bench}';

async function run(apps: AppProcesses, options: IntakeBenchOptions): Promise<number> {
  say(`[bench:intake] preparing ${redact(options.databaseUrl)}`);
  const pools = await prepareBenchDatabase(options.databaseUrl, CENTROIDS_CSV);
  say(`[bench:intake] outward codes: ${pools.english.length} English (routed to their council), ${pools.elsewhere.length} Welsh/Scottish and ${pools.unknown.length} not in the directory (triage); from ${pools.source}`);
  const port = await freePort();
  startApps(apps, options, port);
  await apps.waitHealthy(`http://127.0.0.1:${port}`);
  say(`[bench:intake] ${options.processes} app process(es) on 127.0.0.1:${port} (log: .bench/recruitment.log)`);
  say(`[bench:intake] the rate limit is lifted for the benchmark: RATE_LIMIT_PUBLIC_PER_MINUTE=${RATE_LIMIT_LIFTED}`);
  say(`[bench:intake] ${options.concurrency} requests in flight, ${options.warmupSeconds} s warm-up then ${options.durationSeconds} s measured; ${Math.round(options.idempotencyShare * 100)}% carry an Idempotency-Key`);
  const cpu = new CpuAccounting(() => apps.firstPid, options.databaseUrl);
  const result = await drive(options, port, pools, cpu);
  say('[bench:intake] load finished; stopping the app and checking durability in PostgreSQL');
  await apps.stopAll();
  const durability = await checkDurability(options.databaseUrl, result.acknowledged);
  return printSummary(options, result, durability, cpu.result());
}

function startApps(apps: AppProcesses, options: IntakeBenchOptions, port: number): void {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX,
    HOST: '127.0.0.1',
    RECRUITMENT_PORT: String(port),
    RECRUITMENT_PROCESSES: String(options.processes),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    RATE_LIMIT_PUBLIC_PER_MINUTE: String(RATE_LIMIT_LIFTED),
    AUTH_JWT_ALGORITHM: 'HS256',
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  };
  const nodeArgs = options.appNodeOptions.split(/\s+/).filter(Boolean);
  if (nodeArgs.some((a) => a.startsWith('--cpu-prof'))) nodeArgs.push(`--cpu-prof-dir=${join(BENCH_DIR, 'profiles')}`);
  // The working directory is .bench/, so the app never picks up a developer's .env.
  apps.start(join(REPO_ROOT, 'dist', 'apps', 'recruitment', 'src', 'main.js'), env, nodeArgs, BENCH_DIR);
}

/** Distinct enquiries generated before the clock starts, so the load generator spends its CPU on HTTP. */
const DISTINCT_BODIES = 8192;

function drive(options: IntakeBenchOptions, port: number, pools: OutcodePools, cpu: CpuAccounting): Promise<LoadResult> {
  const random = new SeededRandom(options.seed);
  const generator = new EnquiryGenerator(random, pools);
  const bodies = Array.from({ length: DISTINCT_BODIES }, () => Buffer.from(JSON.stringify(generator.next())));
  // Each run is its own client address (RFC 2544 benchmarking range), so the rate-limit counter it
  // bumps in Redis is nobody else's. The app trusts X-Forwarded-For, as behind a load balancer.
  const clientAddress = `198.18.${random.int(0, 255)}.${random.int(1, 254)}`;
  const runId = randomBytes(4).toString('hex');
  let sent = 0;
  return driveLoad({
    host: '127.0.0.1', port, path: '/api/v1/enquiries', concurrency: options.concurrency,
    warmupMs: options.warmupSeconds * 1000, durationMs: options.durationSeconds * 1000,
    nextRequest: () => {
      const n = sent++;
      const headers: Record<string, string> = { 'x-forwarded-for': clientAddress };
      if (random.next() < options.idempotencyShare) headers['idempotency-key'] = `bench-${runId}-${n}`;
      return { body: bodies[n % DISTINCT_BODIES], headers };
    },
    onWindow: { start: () => cpu.markStart(), end: () => cpu.markEnd() },
    onProgress: (acks, elapsedMs) => {
      if (elapsedMs > 0) say(`[bench:intake]   ${(elapsedMs / 1000).toFixed(0)} s measured: ${acks} acknowledged (${Math.round(acks / (elapsedMs / 1000))}/s)`);
    },
  });
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

runAppBench({ tag: '[bench:intake]', usage: USAGE, parseOptions, appLog: join(BENCH_DIR, 'recruitment.log'), run });
