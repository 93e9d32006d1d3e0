import { parseFlags, type NumberFlag } from '../shared/flags';

/** Command-line flags (or SOAK_* environment variables) of the soak test. */
export interface SoakOptions {
  /** Seconds of mixed load (faults included). */
  readonly durationSeconds: number;
  /** Restart each app, Redis and PostgreSQL during the run. */
  readonly faults: boolean;
  /** Multiplies every operation's arrival rate (1 = the rates in load-mix.ts). */
  readonly rate: number;
  /** Seconds the workers get after the load to send every acknowledgement before the check. */
  readonly drainSeconds: number;
  readonly seed: number;
}

const FLAGS: Record<string, NumberFlag> = {
  rate: { env: 'SOAK_RATE', fallback: '1', min: 0.05, max: 20, integer: false },
  drain: { env: 'SOAK_DRAIN_SECONDS', fallback: '150', min: 10, max: 1800, integer: true },
  seed: { env: 'SOAK_SEED', fallback: '20251201', min: 0, max: 2 ** 31, integer: true },
};

/** Faults are on by default for runs this short, off for the long default soak. */
const FAULTS_BY_DEFAULT_UP_TO_SECONDS = 300;

export const USAGE = `Usage: npm run soak -- [--duration 10m] [--faults | --no-faults] [--rate 1] [--drain 150] [--seed N]
  --duration  how long the mixed load runs: 90, 90s, 5m (default 10m; SOAK_DURATION)
  --faults    restart each app, Redis and PostgreSQL during the run (default: on for runs of 5 minutes or less)
  --rate      multiplies every operation's rate (SOAK_RATE)
  --drain     longest wait, in seconds, for the workers to finish the follow-ups afterwards (SOAK_DRAIN_SECONDS)
The soak starts its own PostgreSQL cluster (initdb, in a temporary directory) and its own redis-server, each on a
spare port, and removes both afterwards: it never touches the servers on 5432 or 6379.`;

/** "90", "90s", "5m", "1h" → seconds. */
export function parseDuration(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(raw.trim());
  if (!match) throw new Error(`--duration must be like 90, 90s, 5m or 1h, got "${raw}"\n${USAGE}`);
  const unit = (match[2] ?? 's') as 's' | 'm' | 'h';
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600 }[unit];
  if (seconds < 20 || seconds > 24 * 3600) throw new Error(`--duration must be from 20 s to 24 h, got "${raw}"`);
  return seconds;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): SoakOptions {
  // --duration takes units, which the shared numeric flag parser does not: take it out first.
  const rest: string[] = [];
  let duration = env.SOAK_DURATION ?? '10m';
  for (let i = 0; i < argv.length; i++) {
    const match = /^--duration(?:=(.*))?$/.exec(argv[i]);
    if (!match) { rest.push(argv[i]); continue; }
    const value = match[1] ?? argv[++i];
    if (value === undefined) throw new Error(`--duration needs a value\n${USAGE}`);
    duration = value;
  }
  const { numbers, switches } = parseFlags(rest, env, FLAGS, ['faults', 'no-faults'], USAGE);
  if (switches.has('faults') && switches.has('no-faults')) throw new Error(`--faults and --no-faults contradict each other\n${USAGE}`);
  const durationSeconds = parseDuration(duration);
  const faults = switches.has('faults') || (!switches.has('no-faults') && durationSeconds <= FAULTS_BY_DEFAULT_UP_TO_SECONDS);
  return { durationSeconds, faults, rate: numbers.rate, drainSeconds: numbers.drain, seed: numbers.seed };
}
