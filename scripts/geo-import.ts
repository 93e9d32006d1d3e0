import { existsSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { loadConfigOrExit } from '@app/config';
import { CsvFormatError, GeoFileError, importGeoFile, type GeoImportProgress, type GeoImportSummary } from '@app/geo';

const USAGE = `Usage: npm run geo:import -- FILE.csv [FILE.csv ...]
  FILE: the ONS Postcode Directory CSV (classic or August 2025 headers, e.g. Data/ONSPD_NOV_2025_UK.csv)
        or an outward-code centroid CSV (outcode, lat, long, main_utla_code, main_lad_code, country).
  Columns are found by header name; importing the same file again is safe.`;

/** Loads postcode or outward-code locations into the database named by DATABASE_URL. */
async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const missing = files.filter((file) => !existsSync(file) || !statSync(file).isFile());
  if (files.length === 0 || files.some((file) => file.startsWith('-')) || missing.length) {
    process.stderr.write(`${missing.map((file) => `No such file: ${file}\n`).join('')}${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit('geo:import');
  const db = new Client({ connectionString: config.databaseUrl, application_name: 'hearth-geo-import' });
  await db.connect();
  try {
    for (const file of files) {
      process.stderr.write(`[geo:import] reading ${file}\n`);
      process.stdout.write(`${describe(await importGeoFile(db, file, { onProgress: reportProgress }))}\n`);
    }
  } finally {
    await db.end();
  }
}

const started = Date.now();

function reportProgress(progress: GeoImportProgress): void {
  const rows = progress.rowsRead.toLocaleString('en-GB');
  const at = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  process.stderr.write(`[geo:import] ${rows} rows read${progress.phase === 'upserting' ? ', upserting' : ''} (${at})\n`);
}

function describe(s: GeoImportSummary): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const reasons = Object.entries(s.skippedBy).map(([reason, count]) => `${n(count)} ${reason}`).join(', ');
  const rate = s.seconds > 0 ? `, ${n(Math.round(s.rowsRead / s.seconds))} rows/s` : '';
  return `Imported ${s.fileName} (${s.kind}): ${n(s.rowsRead)} rows read, ${n(s.rowsLoaded)} loaded (${n(s.rowsChanged)} new or changed), ` +
    `${n(s.skipped)} skipped${reasons ? ` (${reasons})` : ''}, in ${s.seconds.toFixed(s.seconds < 10 ? 2 : 1)} s${rate}`;
}

main().catch((error: Error) => {
  // A bad file is the operator's to fix, so its message is enough; anything else keeps its stack.
  const badFile = error instanceof GeoFileError || error instanceof CsvFormatError;
  process.stderr.write(`Geography import failed: ${badFile ? error.message : (error.stack ?? error.message)}\n`);
  process.exit(1);
});
