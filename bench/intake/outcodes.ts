import { existsSync, readFileSync } from 'node:fs';
import type { Client } from 'pg';
import { parseOutwardCode } from '@app/domain';
import { splitCsvLine } from '@app/geo';

/** Outward codes the benchmark's postcodes are drawn from, by what routing will make of them. */
export interface OutcodePools {
  readonly source: string;
  /** Loaded, English, with a council: routed to that council's fostering service. */
  readonly english: readonly string[];
  /** Loaded, in Wales or Scotland: triage (outside-england). */
  readonly elsewhere: readonly string[];
  /** Well-formed but not in the directory: triage (postcode-not-found). */
  readonly unknown: readonly string[];
}

const ENGLISH_TARGET = 400;
const ELSEWHERE_TARGET = 12;
const UNKNOWN_TARGET = 40;

interface CentroidRow { outcode: string; lat: number; lon: number; council: string | null; country: string }

/** Replaces the bench database's outward-code centroids with a spread of real (or synthetic) ones. */
export async function loadOutcodes(db: Client, csvPath: string): Promise<OutcodePools> {
  await db.query('DELETE FROM postcode_location');
  await db.query('DELETE FROM outcode_location');
  const pools = existsSync(csvPath) ? await loadFromCsv(db, csvPath) : await loadSynthetic(db);
  await db.query('ANALYZE outcode_location');
  return pools;
}

async function loadFromCsv(db: Client, csvPath: string): Promise<OutcodePools> {
  const rows = parseCentroids(readFileSync(csvPath, 'utf8')).filter((r) => parseOutwardCode(r.outcode) === r.outcode);
  const { rows: councils } = await db.query<{ code: string }>('SELECT code FROM council');
  const known = new Set(councils.map((c) => c.code));
  const english = rows.filter((r) => r.country === 'England' && r.council !== null && known.has(r.council));
  const chosen = spread(english, ENGLISH_TARGET);
  const elsewhere = spread(rows.filter((r) => r.country === 'Wales' || r.country === 'Scotland'), ELSEWHERE_TARGET)
    .map((r) => ({ ...r, council: null }));
  const chosenSet = new Set(chosen.map((r) => r.outcode));
  const unknown = spread(english.filter((r) => !chosenSet.has(r.outcode)), UNKNOWN_TARGET).map((r) => r.outcode);
  await insertOutcodes(db, [...chosen, ...elsewhere]);
  return { source: csvPath, english: chosen.map((r) => r.outcode), elsewhere: elsewhere.map((r) => r.outcode), unknown };
}

/** A fresh clone without ../shared: invented outward codes ("ZY1"…) at council centroids. */
async function loadSynthetic(db: Client): Promise<OutcodePools> {
  const { rows: councils } = await db.query<{ code: string; latitude: number; longitude: number }>(
    'SELECT code, latitude, longitude FROM council ORDER BY code LIMIT 40');
  const english = councils.map((c, i) => ({ outcode: `ZY${i + 1}`, lat: c.latitude, lon: c.longitude, council: c.code, country: 'England' }));
  const elsewhere = [{ outcode: 'ZW1', lat: 51.48, lon: -3.18, council: null, country: 'Wales' }];
  await insertOutcodes(db, [...english, ...elsewhere]);
  return { source: 'synthetic (../shared/data/gb_outcode_centroids.csv not found)', english: english.map((r) => r.outcode), elsewhere: ['ZW1'], unknown: ['ZX1', 'ZX2', 'ZX3'] };
}

async function insertOutcodes(db: Client, rows: readonly CentroidRow[]): Promise<void> {
  await db.query(
    `INSERT INTO outcode_location (outward_code, latitude, longitude, council_code, country)
     SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::text[])`,
    [rows.map((r) => r.outcode), rows.map((r) => r.lat), rows.map((r) => r.lon), rows.map((r) => r.council), rows.map((r) => r.country[0])],
  );
}

/** Every k-th row, so the sample covers the whole alphabet of areas rather than the first few. */
function spread<T>(rows: readonly T[], target: number): T[] {
  if (rows.length <= target) return [...rows];
  const step = rows.length / target;
  return Array.from({ length: target }, (_, i) => rows[Math.floor(i * step)]);
}

/** Columns are found by header name; quoted fields (council names with commas) are handled. */
function parseCentroids(text: string): CentroidRow[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const columns = splitCsvLine(header);
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`gb_outcode_centroids.csv has no "${name}" column`);
    return index;
  };
  const [outcode, lat, lon, utla, country] = ['outcode', 'lat', 'long', 'main_utla_code', 'country'].map(at);
  return lines.map(splitCsvLine).map((f) => ({
    outcode: f[outcode], lat: Number(f[lat]), lon: Number(f[lon]), council: f[utla] || null, country: f[country],
  }));
}
