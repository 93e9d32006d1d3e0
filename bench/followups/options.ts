import { benchDatabaseUrl, parseFlags, type NumberFlag } from '../shared/flags';

/** Command-line flags (or BENCH_* environment variables) of the follow-up benchmark. */
export interface FollowUpBenchOptions {
  /** Enquiries whose follow-ups go through the pipeline, and jobs through the bare BullMQ baseline. */
  readonly jobs: number;
  /** BullMQ worker concurrency, the same for both runs. */
  readonly concurrency: number;
  /** PostgreSQL connections, the same for both runs. */
  readonly poolSize: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

const FLAGS: Record<string, NumberFlag> = {
  jobs: { env: 'BENCH_JOBS', fallback: '20000', min: 100, max: 2_000_000, integer: true },
  concurrency: { env: 'BENCH_CONCURRENCY', fallback: '128', min: 1, max: 1000, integer: true },
  'pool-size': { env: 'BENCH_DATABASE_POOL_SIZE', fallback: '16', min: 1, max: 200, integer: true },
};

export const USAGE = `Usage: npm run bench:followups -- [--jobs 20000] [--concurrency 128] [--pool-size 16]
Environment: BENCH_JOBS, BENCH_CONCURRENCY, BENCH_DATABASE_POOL_SIZE,
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/hearth_bench_followups; its name must contain "bench"),
  BENCH_REDIS_URL (default redis://127.0.0.1:6379).`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): FollowUpBenchOptions {
  const { numbers } = parseFlags(argv, env, FLAGS, [], USAGE);
  return {
    jobs: numbers.jobs,
    concurrency: numbers.concurrency,
    poolSize: numbers['pool-size'],
    databaseUrl: benchDatabaseUrl(env, 'postgres://postgres@127.0.0.1:5432/hearth_bench_followups'),
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
