/** A numeric command-line flag, with the environment variable that stands in for it. */
export interface NumberFlag {
  readonly env: string;
  readonly fallback: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export interface ParsedFlags {
  readonly numbers: Record<string, number>;
  /** Flags without a value (like --rebuild) that were given. */
  readonly switches: ReadonlySet<string>;
}

/**
 * Reads `--name 30`, `--name=30` and bare switches; a flag beats its environment variable,
 * which beats the fallback. Anything unknown or out of range is refused with the usage text,
 * so a typo never silently benchmarks the default.
 */
export function parseFlags(
  argv: readonly string[], env: NodeJS.ProcessEnv, numbers: Record<string, NumberFlag>, switches: readonly string[], usage: string,
): ParsedFlags {
  const given = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (match && switches.includes(match[1]) && match[2] === undefined) { on.add(match[1]); continue; }
    if (!match || !(match[1] in numbers)) throw new Error(`Unknown argument "${argv[i]}"\n${usage}`);
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new Error(`--${match[1]} needs a value\n${usage}`);
    given.set(match[1], raw);
  }
  const values: Record<string, number> = {};
  for (const [name, spec] of Object.entries(numbers)) values[name] = numberOf(name, spec, given.get(name) ?? env[spec.env] ?? spec.fallback);
  return { numbers: values, switches: on };
}

function numberOf(name: string, spec: NumberFlag, raw: string): number {
  const parsed = Number(raw);
  if (!Number.isFinite(parsed) || parsed < spec.min || parsed > spec.max || (spec.integer && !Number.isInteger(parsed))) {
    throw new Error(`--${name} (${spec.env}) must be ${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}, got "${raw}"`);
  }
  return parsed;
}

/** Refuses any database whose name lacks "bench": benchmarks empty and refill their tables. */
export function benchDatabaseUrl(env: NodeJS.ProcessEnv, fallback: string): string {
  const url = env.BENCH_DATABASE_URL ?? fallback;
  if (!/bench/i.test(new URL(url).pathname)) {
    throw new Error('BENCH_DATABASE_URL must name a database whose name contains "bench": the benchmark empties its tables');
  }
  return url;
}

/** The URL with its password hidden, for progress lines. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
