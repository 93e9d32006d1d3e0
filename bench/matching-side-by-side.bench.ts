import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readHearthConfig } from '@app/config';
import { AppProcesses, freePort } from './intake/app-processes';
import { percentile } from './intake/load-driver';
import { say } from './intake/summary';
import { prepareBenchData } from './matching/bench-database';
import { matchingAppEnv, officerTokens } from './matching/app-under-test';
import { searchRequests, type SearchRequest } from './matching/http-phases';
import { benchDatabaseUrl, parseFlags, redactUrl, type NumberFlag } from './shared/flags';
import { send } from './shared/http-load';
import { runAppBench } from './shared/app-bench-main';

/**
 * npm run bench:matching:side-by-side -- --base DIR: this checkout's matching app and another
 * built checkout's (DIR, e.g. a git worktree of main) side by side on the national seed, one search
 * at a time, alternating between them in blocks, so both see the same machine at the same moments.
 * On a shared 2-core machine the same build's p50 moves by a millisecond between runs; side by side,
 * a change of a tenth of one shows. Both must give byte-identical answers unless the change meant not to.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const BENCH_DIR = join(REPO_ROOT, '.bench');
const tag = '[bench:matching:side-by-side]';

interface SideBySideOptions {
  readonly base: string;
  readonly sample: number;
  readonly seconds: number;
  readonly seed: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

const FLAGS: Record<string, NumberFlag> = {
  sample: { env: 'BENCH_SAMPLE', fallback: '600', min: 10, max: 10_000, integer: true },
  seconds: { env: 'BENCH_SECONDS', fallback: '30', min: 2, max: 600, integer: false },
  seed: { env: 'BENCH_SEED', fallback: '20251124', min: 0, max: 2 ** 31, integer: true },
};

const USAGE = `Usage: npm run bench:matching:side-by-side -- --base DIR [--sample 600] [--seconds 30] [--seed N]
  DIR is another checkout, already built (npm ci, then npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json);
  it runs against this checkout's schema, so it must work with this checkout's migrations.
Environment: BENCH_BASE, BENCH_SAMPLE, BENCH_SECONDS, BENCH_SEED, BENCH_DATABASE_URL (default .../hearth_bench_matching), BENCH_REDIS_URL.`;

function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): SideBySideOptions {
  const at = argv.indexOf('--base');
  const base = at >= 0 ? argv[at + 1] : env.BENCH_BASE;
  const rest = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
  const { numbers } = parseFlags(rest, env, FLAGS, [], USAGE);
  if (!base) throw new Error(`--base is required\n${USAGE}`);
  if (!existsSync(matchingEntry(base))) throw new Error(`${matchingEntry(base)} does not exist: build the base checkout first\n${USAGE}`);
  return {
    base: resolve(base), sample: numbers.sample, seconds: numbers.seconds, seed: numbers.seed,
    databaseUrl: benchDatabaseUrl(env, 'postgres://postgres@127.0.0.1:5432/hearth_bench_matching'),
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

const matchingEntry = (checkout: string) => join(resolve(checkout), 'dist', 'apps', 'matching', 'src', 'main.js');

interface Side {
  readonly name: string;
  readonly port: number;
  readonly agent: Agent;
  readonly answers: Map<string, string>;
  readonly times: number[];
}

async function run(apps: AppProcesses, options: SideBySideOptions): Promise<number> {
  say(`${tag} preparing ${redactUrl(options.databaseUrl)} (migrate; seed --scale national unless already there)`);
  const data = await prepareBenchData(REPO_ROOT, options.databaseUrl, options.sample, options.seed, false);
  const secret = randomBytes(32).toString('base64url');
  const sides: Side[] = [];
  for (const [name, entry] of [['base', matchingEntry(options.base)], ['this', matchingEntry(REPO_ROOT)]] as const) {
    const port = await freePort();
    apps.start(entry, matchingAppEnv(options.databaseUrl, options.redisUrl, port, 1, secret), [], BENCH_DIR);
    await apps.waitHealthy(`http://127.0.0.1:${port}`);
    sides.push({ name, port, agent: new Agent({ keepAlive: true, maxSockets: 1 }), answers: new Map(), times: [] });
  }
  const config = readHearthConfig(matchingAppEnv(options.databaseUrl, options.redisUrl, sides[1].port, 1, secret));
  const requests = searchRequests(data.sample, await officerTokens(config, data.sample));
  say(`${tag} both apps answer all ${requests.length} sampled searches once (warm-up, and the answers to compare)`);
  for (const side of sides) {
    for (const request of requests) {
      const { status, body } = await send(side.agent, { host: '127.0.0.1', port: side.port }, request);
      if (status !== 200) throw new Error(`${side.name}: ${request.path} → ${status}: ${body.slice(0, 200)}`);
      side.answers.set(request.referralId, body);
    }
  }
  const identical = requests.filter((r) => sides[0].answers.get(r.referralId) === sides[1].answers.get(r.referralId)).length;
  say(`${tag} alternating for ${options.seconds} s`);
  const mismatches = await alternate(sides, requests, options.seconds * 1000);
  sides.forEach((side) => side.agent.destroy());
  await apps.stopAll();
  return report(sides, identical, requests.length, mismatches);
}

/** One search at a time, in blocks of 128 per side, the side going first swapping each time; each answer must be the one it gave before. */
async function alternate(sides: readonly Side[], requests: readonly SearchRequest[], durationMs: number): Promise<number> {
  const end = performance.now() + durationMs;
  let mismatches = 0;
  for (let i = 0; performance.now() < end; i++) {
    const request = requests[(i >> 1) % requests.length];
    const side = sides[(i + (i >> 7)) & 1];
    const started = performance.now();
    const { status, body } = await send(side.agent, { host: '127.0.0.1', port: side.port }, request);
    side.times.push(performance.now() - started);
    if (status !== 200 || body !== side.answers.get(request.referralId)) mismatches++;
  }
  return mismatches;
}

function report(sides: readonly Side[], identical: number, sampled: number, mismatches: number): number {
  const [base, mine] = sides.map((side) => Float64Array.from(side.times).sort());
  const ms = (s: Float64Array, p: number) => percentile(s, p).toFixed(2);
  say();
  say('Match search side by side (one app process each, one search at a time, alternating)');
  for (const [name, s] of [['base', base], ['this', mine]] as const) {
    say(`  ${name.padEnd(5)} ${String(s.length).padStart(6)} searches: p50 ${ms(s, 50)}  p90 ${ms(s, 90)}  p99 ${ms(s, 99)} ms`);
  }
  say(`  answers  ${identical} of ${sampled} sampled referrals byte-identical between the two; ${mismatches} answers changed during the run`);
  const difference = percentile(mine, 50) - percentile(base, 50);
  say(JSON.stringify({ sample: sampled, identical_answers: identical, base_p50_ms: +ms(base, 50), this_p50_ms: +ms(mine, 50), difference_p50_ms: Math.round(difference * 100) / 100 }));
  return mismatches > 0 ? 1 : 0;
}

runAppBench({ tag, usage: USAGE, parseOptions, appLog: join(BENCH_DIR, 'matching-side-by-side.log'), run });
