import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/persistence';

/** A referral the benchmark searches for, and the council whose officer runs the search. */
export interface SampledReferral {
  readonly id: string;
  readonly councilCode: string;
}

export interface BenchData {
  readonly households: number;
  readonly openReferrals: number;
  readonly seededNow: boolean;
  readonly sample: readonly SampledReferral[];
}

/** Below this the database does not hold the national seed (≈45,000 households, ≈10,000 referrals). */
const NATIONAL_HOUSEHOLDS = 40_000;
const NATIONAL_REFERRALS = 9_000;

/** Migrates the bench database, seeds a national England unless it is there already, and samples referrals. */
export async function prepareBenchData(repoRoot: string, databaseUrl: string, sampleSize: number, seed: number, reseed: boolean): Promise<BenchData> {
  await runMigrations(databaseUrl);
  let counts = await countSeeded(databaseUrl);
  const seededNow = reseed || counts.households < NATIONAL_HOUSEHOLDS || counts.openReferrals < NATIONAL_REFERRALS;
  if (seededNow) {
    await runSeed(join(repoRoot, 'dist', 'scripts', 'seed.js'), ['--scale', 'national', '--seed', String(seed), '--database-url', databaseUrl]);
    counts = await countSeeded(databaseUrl);
  }
  return { ...counts, seededNow, sample: await sampleReferrals(databaseUrl, sampleSize, seed) };
}

async function withClient<T>(databaseUrl: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-bench-matching' });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

function countSeeded(databaseUrl: string): Promise<{ households: number; openReferrals: number }> {
  return withClient(databaseUrl, async (db) => (await db.query(
    `SELECT (SELECT count(*) FROM fostering_household)::int AS households, (SELECT count(*) FROM referral WHERE status = 'open')::int AS "openReferrals"`,
  )).rows[0]);
}

/**
 * Open referrals from every council, in proportion to each council's open referrals (at least one
 * each), in a fixed pseudo-random order for the seed, shuffled so consecutive searches differ in place.
 */
function sampleReferrals(databaseUrl: string, size: number, seed: number): Promise<SampledReferral[]> {
  return withClient(databaseUrl, async (db) => (await db.query<SampledReferral>(
    `WITH ranked AS (
       SELECT id, placing_council_code, row_number() OVER (PARTITION BY placing_council_code ORDER BY md5(id::text || $2)) AS rn,
              count(*) OVER (PARTITION BY placing_council_code) AS n, count(*) OVER () AS total
         FROM referral WHERE status = 'open')
     SELECT id, placing_council_code AS "councilCode" FROM ranked
      WHERE rn <= greatest(1, round(n * $1::float8 / total)) ORDER BY md5(id::text || $2 || 'order')`,
    [size, String(seed)],
  )).rows);
}

/** Runs the seed script as its own process, its output shown as it goes. */
function runSeed(script: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the seed exited with ${code}`))));
  });
}
