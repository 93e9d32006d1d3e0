import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Client } from 'pg';
import { runMigrations } from '@app/persistence';
import { loadOutcodes, type OutcodePools } from '../intake/outcodes';

/** What the load is built from: the seeded England and the outward codes enquirers and referrals use. */
export interface SoakData {
  readonly pools: OutcodePools;
  /** The fostering service (code) that receives enquiries from each English outward code. */
  readonly serviceByOutcode: ReadonlyMap<string, string>;
  /** Councils with free places in their seeded homes, where referrals are made and booked. */
  readonly placementCouncils: readonly { code: string; outcodes: readonly string[] }[];
  /** Seeded open referrals, searched again and again (never booked, so the search load stays the same). */
  readonly seededReferrals: readonly { id: string; councilCode: string }[];
  readonly regions: readonly string[];
  readonly councils: readonly string[];
  readonly households: number;
}

const PLACEMENT_COUNCILS = 10;

/** Migrates the soak's database, writes the demo-scale synthetic England with the seed script, and loads outward codes. */
export async function prepareSoakData(databaseUrl: string, seedScript: string, centroidsCsv: string, seed: number, seedLog: string): Promise<SoakData> {
  await runMigrations(databaseUrl);
  await runSeed(seedScript, ['--scale', 'demo', '--seed', String(seed), '--database-url', databaseUrl], seedLog);
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-soak' });
  await db.connect();
  try {
    const pools = await loadOutcodes(db, centroidsCsv);
    const routes = await db.query<{ outcode: string; service: string; council: string }>(
      `SELECT o.outward_code AS outcode, s.code AS service, o.council_code AS council
         FROM outcode_location o JOIN enquiry_routing r ON r.council_code = o.council_code JOIN fostering_service s ON s.id = r.service_id
        WHERE o.outward_code = ANY($1)`, [pools.english]);
    const free = await db.query<{ council: string }>(
      `SELECT council_code AS council FROM fostering_household WHERE approval_status = 'approved' AND free_places > 0
        GROUP BY 1 ORDER BY sum(free_places) DESC, 1`);
    const outcodesOf = new Map<string, string[]>();
    for (const r of routes.rows) outcodesOf.set(r.council, [...(outcodesOf.get(r.council) ?? []), r.outcode]);
    const placementCouncils = free.rows.filter((r) => outcodesOf.has(r.council)).slice(0, PLACEMENT_COUNCILS)
      .map((r) => ({ code: r.council, outcodes: outcodesOf.get(r.council)! }));
    const referrals = await db.query<{ id: string; councilCode: string }>(
      `SELECT id, placing_council_code AS "councilCode" FROM referral WHERE status = 'open' ORDER BY md5(id::text)`);
    const { rows: [counts] } = await db.query<{ households: number }>(`SELECT count(*)::int AS households FROM fostering_household`);
    const regions = (await db.query<{ code: string }>(`SELECT code FROM region ORDER BY code`)).rows.map((r) => r.code);
    const councils = (await db.query<{ code: string }>(`SELECT code FROM council ORDER BY code`)).rows.map((r) => r.code);
    if (placementCouncils.length === 0 || referrals.rows.length === 0) throw new Error('the seed left no open referrals or free places to work with');
    return {
      pools, serviceByOutcode: new Map(routes.rows.map((r) => [r.outcode, r.service])), placementCouncils,
      seededReferrals: referrals.rows, regions, councils, households: counts.households,
    };
  } finally {
    await db.end();
  }
}

/** The project's own seed script in a process of its own; its output goes to a log file. */
function runSeed(script: string, args: readonly string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'w' });
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the seed exited with ${code}: see ${logFile}`))));
  });
}
