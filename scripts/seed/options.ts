/** How big a synthetic England to make. */
export interface SeedScale {
  readonly name: 'national' | 'demo';
  /** Fostering households in all, connected persons included (≈42,000 in England in 2025). */
  readonly households: number;
  /** Open referrals awaiting a home. */
  readonly referrals: number;
  /** Independent fostering agencies (318 in Ofsted's 2024-25 collection). */
  readonly agencies: number;
}

export const SEED_SCALES: Record<SeedScale['name'], SeedScale> = {
  national: { name: 'national', households: 45_000, referrals: 10_000, agencies: 300 },
  demo: { name: 'demo', households: 1_500, referrals: 300, agencies: 20 },
};

export interface SeedOptions {
  readonly scale: SeedScale;
  readonly seed: number;
  /** Null: DATABASE_URL from the environment or .env. */
  readonly databaseUrl: string | null;
}

export const SEED_USAGE = `Usage: npm run seed -- [--scale national|demo] [--seed N] [--database-url postgres://…]
  national: ≈45,000 households and ≈10,000 open referrals across all 153 councils; demo: a small version of the same.
  Reads ../shared/data (looked-after children per council, outward-code centroids) when it exists; without it,
  homes are placed around each council's centroid. Running it again replaces the seeded rows (and nothing else).`;

/** `--scale demo`, `--scale=demo`, `--seed 7`, `--database-url URL`; anything else is refused. */
export function parseSeedOptions(argv: readonly string[]): SeedOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(scale|seed|database-url)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unknown argument "${argv[i]}"\n${SEED_USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${SEED_USAGE}`);
    given.set(match[1], value);
  }
  const scaleName = given.get('scale') ?? 'demo';
  if (scaleName !== 'national' && scaleName !== 'demo') throw new Error(`--scale must be national or demo\n${SEED_USAGE}`);
  const seed = Number(given.get('seed') ?? '20251124');
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new Error(`--seed must be a whole number from 0 to 2^31\n${SEED_USAGE}`);
  const databaseUrl = given.get('database-url') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(`--database-url must be a postgres:// URL\n${SEED_USAGE}`);
  return { scale: SEED_SCALES[scaleName], seed, databaseUrl };
}
