/** One environment variable: how to read it, and its default when unset. */
export interface EnvVar<T> {
  readonly name: string;
  readonly description: string;
  readonly parse: (raw: string) => T;
  readonly default?: string;
  /** Secrets are never echoed back in error messages. */
  readonly secret?: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export const parsers = {
  string: (min = 1) => (raw: string): string => {
    if (raw.trim().length < min) throw new Error(`must be at least ${min} characters`);
    return raw.trim();
  },
  int: (min: number, max: number) => (raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`must be a whole number from ${min} to ${max}`);
    }
    return value;
  },
  bool: (raw: string): boolean => {
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    throw new Error('must be true or false');
  },
  url: (protocols: string[]) => (raw: string): string => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`must be a URL (${protocols.join(' or ')})`);
    }
    if (!protocols.includes(url.protocol.replace(':', ''))) {
      throw new Error(`must be a URL (${protocols.join(' or ')})`);
    }
    return raw;
  },
  oneOf: <T extends string>(values: readonly T[]) => (raw: string): T => {
    if (!values.includes(raw as T)) throw new Error(`must be one of ${values.join(', ')}`);
    return raw as T;
  },
  /** Comma-separated calendar dates, e.g. "2026-12-24,2026-12-31"; empty means none. */
  dates: (raw: string): string[] => {
    const dates = raw.split(',').map((d) => d.trim()).filter(Boolean);
    const bad = dates.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
    if (bad !== undefined) throw new Error(`must be dates like 2026-12-24, separated by commas ("${bad}" is not)`);
    return dates;
  },
  optional: <T>(inner: (raw: string) => T) => (raw: string): T | undefined =>
    raw === '' ? undefined : inner(raw),
};

/** Reads every variable, collecting all problems so an operator can fix them in one go. */
export function readEnv<S extends Record<string, EnvVar<unknown>>>(
  schema: S,
  env: NodeJS.ProcessEnv,
): { [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never } {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) {
    const raw = env[spec.name] ?? spec.default;
    if (raw === undefined) {
      problems.push(`${spec.name} is required (${spec.description})`);
      continue;
    }
    try {
      out[key] = spec.parse(raw);
    } catch (error) {
      const shown = spec.secret ? '' : ` (got "${raw.slice(0, 80)}")`;
      problems.push(`${spec.name} ${(error as Error).message}${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as never;
}
