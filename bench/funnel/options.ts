import { benchDatabaseUrl, parseFlags, type NumberFlag } from '../shared/flags';

/** Command-line flags (or BENCH_* environment variables) of the funnel benchmark. */
export interface FunnelBenchOptions {
  /** Enquiries in the generated two-year history (≈125,000 a year nationally). */
  readonly enquiries: number;
  /** Regenerate the history even if the database already holds one of this size. */
  readonly rebuild: boolean;
  readonly concurrency: number;
  /** Measured seconds per scenario, after the warm-up. */
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly seed: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

const FLAGS: Record<string, NumberFlag> = {
  enquiries: { env: 'BENCH_ENQUIRIES', fallback: '250000', min: 1000, max: 5_000_000, integer: true },
  concurrency: { env: 'BENCH_CONCURRENCY', fallback: '8', min: 1, max: 1024, integer: true },
  duration: { env: 'BENCH_DURATION', fallback: '10', min: 1, max: 3600, integer: false },
  warmup: { env: 'BENCH_WARMUP', fallback: '2', min: 0, max: 600, integer: false },
  seed: { env: 'BENCH_SEED', fallback: '20251124', min: 0, max: 2 ** 31, integer: true },
};

export const USAGE = `Usage: npm run bench:funnel -- [--enquiries 250000] [--rebuild] [--concurrency 8] [--duration 10] [--warmup 2] [--seed N]
Environment: BENCH_ENQUIRIES, BENCH_CONCURRENCY, BENCH_DURATION, BENCH_WARMUP, BENCH_SEED,
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/hearth_bench_funnel; its name must contain "bench"),
  BENCH_REDIS_URL (default redis://127.0.0.1:6379).`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): FunnelBenchOptions {
  const { numbers, switches } = parseFlags(argv, env, FLAGS, ['rebuild'], USAGE);
  return {
    enquiries: numbers.enquiries,
    rebuild: switches.has('rebuild'),
    concurrency: numbers.concurrency,
    durationSeconds: numbers.duration,
    warmupSeconds: numbers.warmup,
    seed: numbers.seed,
    databaseUrl: benchDatabaseUrl(env, 'postgres://postgres@127.0.0.1:5432/hearth_bench_funnel'),
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
