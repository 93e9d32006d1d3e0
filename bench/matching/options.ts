import { benchDatabaseUrl, parseFlags, type NumberFlag } from '../shared/flags';

/** Command-line flags (or BENCH_* environment variables) of the match-search benchmark. */
export interface MatchingBenchOptions {
  /** Open referrals searched, drawn from every council in proportion to its referrals. */
  readonly sample: number;
  /** Seconds of one-at-a-time searches for the latency figures. */
  readonly singleSeconds: number;
  /** Requests in flight for the throughput figure. */
  readonly concurrency: number;
  /** App processes serving the one port (MATCHING_PROCESSES): one per core of this machine. */
  readonly processes: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /** Times the SQL floor replays each referral's statements (the first round only prepares and warms). */
  readonly floorRounds: number;
  /** Responses re-checked against the domain's own rules. */
  readonly spotChecks: number;
  readonly seed: number;
  /** Seed the national data again even if it is there. */
  readonly reseed: boolean;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** Extra node flags for the app, e.g. --cpu-prof (profiles land in .bench/profiles). */
  readonly appNodeOptions: string;
}

const FLAGS: Record<string, NumberFlag> = {
  sample: { env: 'BENCH_SAMPLE', fallback: '1000', min: 10, max: 10_000, integer: true },
  single: { env: 'BENCH_SINGLE_SECONDS', fallback: '15', min: 1, max: 600, integer: false },
  concurrency: { env: 'BENCH_CONCURRENCY', fallback: '16', min: 1, max: 256, integer: true },
  processes: { env: 'BENCH_PROCESSES', fallback: '2', min: 1, max: 64, integer: true },
  duration: { env: 'BENCH_DURATION', fallback: '15', min: 1, max: 600, integer: false },
  warmup: { env: 'BENCH_WARMUP', fallback: '3', min: 0, max: 120, integer: false },
  'floor-rounds': { env: 'BENCH_FLOOR_ROUNDS', fallback: '3', min: 2, max: 50, integer: true },
  'spot-checks': { env: 'BENCH_SPOT_CHECKS', fallback: '50', min: 0, max: 10_000, integer: true },
  seed: { env: 'BENCH_SEED', fallback: '20251124', min: 0, max: 2 ** 31, integer: true },
};

export const USAGE = `Usage: npm run bench:matching -- [--sample 1000] [--single 15] [--concurrency 16] [--processes 2] [--duration 15] [--warmup 3]
                                  [--floor-rounds 3] [--spot-checks 50] [--seed N] [--reseed]
Environment: BENCH_SAMPLE, BENCH_SINGLE_SECONDS, BENCH_CONCURRENCY, BENCH_PROCESSES, BENCH_DURATION, BENCH_WARMUP, BENCH_FLOOR_ROUNDS,
  BENCH_SPOT_CHECKS, BENCH_SEED, BENCH_APP_NODE_OPTIONS (e.g. --cpu-prof),
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/hearth_bench_matching; its name must contain "bench"),
  BENCH_REDIS_URL (default redis://127.0.0.1:6379).`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): MatchingBenchOptions {
  const { numbers, switches } = parseFlags(argv, env, FLAGS, ['reseed'], USAGE);
  return {
    sample: numbers.sample,
    singleSeconds: numbers.single,
    concurrency: numbers.concurrency,
    processes: numbers.processes,
    durationSeconds: numbers.duration,
    warmupSeconds: numbers.warmup,
    floorRounds: numbers['floor-rounds'],
    spotChecks: numbers['spot-checks'],
    seed: numbers.seed,
    reseed: switches.has('reseed'),
    databaseUrl: benchDatabaseUrl(env, 'postgres://postgres@127.0.0.1:5432/hearth_bench_matching'),
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    appNodeOptions: env.BENCH_APP_NODE_OPTIONS ?? '',
  };
}
