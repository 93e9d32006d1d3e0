/** Command-line flags (or BENCH_* environment variables) of the intake benchmark. */
export interface IntakeBenchOptions {
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly concurrency: number;
  /** App processes serving the one port (RECRUITMENT_PROCESSES); 1 means a single process. */
  readonly processes: number;
  /** DATABASE_POOL_SIZE of each app process. */
  readonly poolSize: number;
  /** Share of requests that carry an Idempotency-Key, as API integrators retrying safely would. */
  readonly idempotencyShare: number;
  readonly seed: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** Extra node flags for the app processes, e.g. --cpu-prof (profiles land in .bench/). */
  readonly appNodeOptions: string;
}

const FLAGS: Record<string, { env: string; fallback: string; min: number; max: number; integer: boolean }> = {
  duration: { env: 'BENCH_DURATION', fallback: '20', min: 1, max: 3600, integer: false },
  warmup: { env: 'BENCH_WARMUP', fallback: '3', min: 0, max: 600, integer: false },
  concurrency: { env: 'BENCH_CONCURRENCY', fallback: '64', min: 1, max: 4096, integer: true },
  processes: { env: 'BENCH_PROCESSES', fallback: '2', min: 1, max: 64, integer: true },
  'pool-size': { env: 'BENCH_DATABASE_POOL_SIZE', fallback: '10', min: 1, max: 200, integer: true },
  'idempotency-share': { env: 'BENCH_IDEMPOTENCY_SHARE', fallback: '0.25', min: 0, max: 1, integer: false },
  seed: { env: 'BENCH_SEED', fallback: '20251123', min: 0, max: 2 ** 31, integer: true },
};

export const USAGE = `Usage: npm run bench:intake -- [--duration 20] [--warmup 3] [--concurrency 64] [--processes 2]
                                [--pool-size 10] [--idempotency-share 0.25] [--seed N]
Environment: BENCH_DURATION, BENCH_WARMUP, BENCH_CONCURRENCY, BENCH_PROCESSES, BENCH_DATABASE_POOL_SIZE,
  BENCH_IDEMPOTENCY_SHARE, BENCH_SEED,
  BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/hearth_bench; its name must contain "bench"),
  BENCH_REDIS_URL (default redis://127.0.0.1:6379), BENCH_APP_NODE_OPTIONS (e.g. --cpu-prof).`;

/** Reads flags like `--duration 30` or `--duration=30`; a flag beats its environment variable. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): IntakeBenchOptions {
  const given = readFlags(argv);
  const value = (name: string): number => {
    const spec = FLAGS[name];
    const raw = given.get(name) ?? env[spec.env] ?? spec.fallback;
    const parsed = Number(raw);
    if (!Number.isFinite(parsed) || parsed < spec.min || parsed > spec.max || (spec.integer && !Number.isInteger(parsed))) {
      throw new Error(`--${name} (${spec.env}) must be ${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}, got "${raw}"`);
    }
    return parsed;
  };
  const databaseUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hearth_bench';
  if (!/bench/i.test(new URL(databaseUrl).pathname)) {
    throw new Error('BENCH_DATABASE_URL must name a database whose name contains "bench": the benchmark empties its enquiries');
  }
  return {
    durationSeconds: value('duration'),
    warmupSeconds: value('warmup'),
    concurrency: value('concurrency'),
    processes: value('processes'),
    poolSize: value('pool-size'),
    idempotencyShare: value('idempotency-share'),
    seed: value('seed'),
    databaseUrl,
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    appNodeOptions: env.BENCH_APP_NODE_OPTIONS ?? '',
  };
}

function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !(match[1] in FLAGS)) throw new Error(`Unknown argument "${argv[i]}"\n${USAGE}`);
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    flags.set(match[1], raw);
  }
  return flags;
}
