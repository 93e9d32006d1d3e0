import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfigOrExit } from '@app/config';
import { generateEngland } from './seed/generate-england';
import { loadGeography } from './seed/geography';
import { parseSeedOptions, SEED_USAGE, type SeedOptions } from './seed/options';
import { describeSeed } from './seed/seed-summary';
import { deleteSeeded, writeSeed } from './seed/write-seed';

/**
 * `npm run seed -- --scale national`: a synthetic England for the match search and its benchmark —
 * fostering households in every council in proportion to its children in care, agencies, children
 * placed now, and open referrals. Deterministic for a given --seed; a rerun replaces the seeded rows.
 */
const DATA_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'data');

async function main(options: SeedOptions): Promise<void> {
  const started = performance.now();
  const databaseUrl = options.databaseUrl ?? loadConfigOrExit('seed').databaseUrl;
  const db = new Client({ connectionString: databaseUrl, application_name: 'hearth-seed' });
  await db.connect();
  try {
    const migrated = await db.query(`SELECT to_regclass('fostering_household') IS NOT NULL AS ok`);
    if (!migrated.rows[0].ok) throw new Error('the matching tables do not exist: run `npm run migrate` first');
    const geography = await loadGeography(db, DATA_DIR);
    const england = await generateEngland(db, geography, options.scale, options.seed, new Date());
    const generated = performance.now();
    await deleteSeeded(db);
    const cleared = performance.now();
    const written = await writeSeed(db, england);
    const seconds = (performance.now() - started) / 1000;
    const phases = `generated in ${((generated - started) / 1000).toFixed(1)} s, old seed removed in ${((cleared - generated) / 1000).toFixed(1)} s, ` +
      `written in ${((performance.now() - cleared) / 1000).toFixed(1)} s`;
    process.stdout.write(`${await describeSeed(db, options, geography, written, england.exemptions)}\n`);
    process.stdout.write(`Seeded --scale ${options.scale.name} --seed ${options.seed} in ${seconds.toFixed(1)} s (${phases})\n`);
  } finally {
    await db.end();
  }
}

if (process.argv.includes('--help')) {
  process.stdout.write(`${SEED_USAGE}\n`);
  process.exit(0);
}
let options: SeedOptions;
try {
  options = parseSeedOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
main(options).catch((error: Error) => {
  process.stderr.write(`Seed failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
