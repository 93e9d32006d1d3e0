import { join } from 'node:path';
import type { Client } from 'pg';
import { haversineMiles } from '@app/domain';
import { readCsv } from './csv';

/** A real outward code's centroid, where homes of its council are scattered. */
export interface SeedOutcode {
  readonly code: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Postcodes in the outward code: busier districts get more homes. */
  readonly weight: number;
  /** How far from the centroid homes may lie: about half the way to the next district. */
  readonly radiusMiles: number;
}

export interface SeedCouncil {
  readonly code: string;
  readonly regionCode: string;
  readonly tier: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Children looked after in foster care (cla_foster): sizes the council's homes and referrals. */
  readonly fosterChildren: number;
  /** Share of its looked-after children who are unaccompanied asylum seekers. */
  readonly uascShare: number;
  readonly neighbours: readonly string[];
  readonly outcodes: readonly SeedOutcode[];
}

/** An age band of looked-after children, as the DfE publishes it. */
export interface AgeBand { readonly weight: number; readonly minAge: number; readonly maxAge: number }

export interface SeedGeography {
  readonly councils: readonly SeedCouncil[];
  readonly byCode: ReadonlyMap<string, SeedCouncil>;
  readonly ageBands: readonly AgeBand[];
  /** Where the figures came from, for the summary. */
  readonly sources: readonly string[];
}

/** Councils with suppressed or zero figures (City of London, Isles of Scilly) still get a few homes. */
const SMALL_COUNCIL_FOSTER_CHILDREN = 5;
const NATIONAL_UASC_SHARE = 0.08;
/** DfE 2025 shares, used when cla_national_distributions.csv is absent. */
const DEFAULT_AGE_BANDS: AgeBand[] = [
  { weight: 4, minAge: 0, maxAge: 0 }, { weight: 12, minAge: 1, maxAge: 4 }, { weight: 18, minAge: 5, maxAge: 9 },
  { weight: 38, minAge: 10, maxAge: 15 }, { weight: 27, minAge: 16, maxAge: 17 },
];
const BAND_AGES: Record<string, [number, number]> = {
  'Under 1 year': [0, 0], '1 to 4 years': [1, 4], '5 to 9 years': [5, 9], '10 to 15 years': [10, 15], '16 years and over': [16, 17],
};

/** Councils and adjacency from the database (always there), sized and located by ../shared/data when present. */
export async function loadGeography(db: Client, dataDir: string): Promise<SeedGeography> {
  const { rows } = await db.query<{ code: string; regionCode: string; tier: string; latitude: number; longitude: number; neighbours: string[] }>(
    `SELECT c.code, c.region_code AS "regionCode", c.tier, c.latitude, c.longitude,
            coalesce(array_agg(a.neighbour_code ORDER BY a.neighbour_code) FILTER (WHERE a.neighbour_code IS NOT NULL), '{}') AS neighbours
       FROM council c LEFT JOIN council_adjacency a ON a.council_code = c.code GROUP BY c.code ORDER BY c.code`);
  if (rows.length === 0) throw new Error('the council table is empty: run `npm run migrate` first');
  const sources: string[] = [];
  const cla = readCsv(join(dataDir, 'cla_by_la.csv'));
  const outcodes = outcodesByCouncil(readCsv(join(dataDir, 'gb_outcode_centroids.csv')));
  const bands = readCsv(join(dataDir, 'cla_national_distributions.csv'));
  sources.push(cla ? 'cla_by_la.csv' : 'equal council sizes (no cla_by_la.csv)');
  sources.push(outcodes.size ? 'gb_outcode_centroids.csv' : 'council centroids (no gb_outcode_centroids.csv)');
  const claByCode = new Map((cla ?? []).map((r) => [r.la_code, r]));
  const councils = rows.map((r): SeedCouncil => {
    const figures = claByCode.get(r.code);
    const foster = Number(figures?.cla_foster) || (cla ? SMALL_COUNCIL_FOSTER_CHILDREN : 100);
    const total = Number(figures?.cla_total) || 0;
    const uascShare = total > 0 && figures?.cla_uasc !== '' ? Number(figures?.cla_uasc) / total : NATIONAL_UASC_SHARE;
    return { ...r, fosterChildren: foster, uascShare, outcodes: outcodes.get(r.code) ?? [] };
  });
  return { councils, byCode: new Map(councils.map((c) => [c.code, c])), ageBands: ageBands(bands), sources };
}

function ageBands(rows: Record<string, string>[] | null): AgeBand[] {
  const found = (rows ?? []).filter((r) => r.measure === 'age_band' && r.unit === 'children' && BAND_AGES[r.category])
    .map((r) => ({ weight: Number(r.value), minAge: BAND_AGES[r.category][0], maxAge: BAND_AGES[r.category][1] }));
  return found.length === Object.keys(BAND_AGES).length ? found : DEFAULT_AGE_BANDS;
}

/** English outward codes by their main council, each with a scatter radius from its nearest neighbour. */
function outcodesByCouncil(rows: Record<string, string>[] | null): Map<string, SeedOutcode[]> {
  const english = (rows ?? []).filter((r) => r.country === 'England' && r.main_utla_code && Number(r.postcode_count) > 0)
    .map((r) => ({ code: r.outcode, council: r.main_utla_code, latitude: Number(r.lat), longitude: Number(r.long), weight: Number(r.postcode_count) }));
  const byCouncil = new Map<string, SeedOutcode[]>();
  for (const o of english) {
    const nearest = nearestMiles(o, english);
    const radiusMiles = Math.min(5, Math.max(0.4, nearest * 0.6));
    const list = byCouncil.get(o.council) ?? [];
    list.push({ code: o.code, latitude: o.latitude, longitude: o.longitude, weight: o.weight, radiusMiles });
    byCouncil.set(o.council, list);
  }
  return byCouncil;
}

function nearestMiles(point: { code: string; latitude: number; longitude: number }, all: readonly { code: string; latitude: number; longitude: number }[]): number {
  let best = Infinity;
  for (const other of all) {
    // A cheap degree test first: only close districts need the exact distance.
    if (other.code === point.code || Math.abs(other.latitude - point.latitude) > 0.2 || Math.abs(other.longitude - point.longitude) > 0.3) continue;
    best = Math.min(best, haversineMiles(point, other));
  }
  return Number.isFinite(best) ? best : 5;
}
