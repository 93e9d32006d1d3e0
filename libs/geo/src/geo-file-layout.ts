import { GeoFileError } from './geo-file.error';

export type GeoFileKind = 'onspd' | 'outcode-centroids';

/** Where each needed column of an ONS Postcode Directory sits (0-based), found by header name. */
export interface OnspdLayout {
  readonly kind: 'onspd';
  readonly columnCount: number;
  readonly postcode: number;
  readonly terminatedOn: number;
  readonly lad: number;
  readonly county: number;
  readonly country: number;
  readonly latitude: number;
  readonly longitude: number;
}

/** Where each needed column of an outward-code centroid file sits; -1 when a council column is absent. */
export interface OutcodeLayout {
  readonly kind: 'outcode-centroids';
  readonly columnCount: number;
  readonly outcode: number;
  readonly latitude: number;
  readonly longitude: number;
  readonly country: number;
  readonly utla: number;
  readonly lad: number;
}

export type GeoFileLayout = OnspdLayout | OutcodeLayout;

/** One wanted column: exact names in order of preference, or a family with a GSS year ("lad25cd"). */
interface Wanted {
  readonly label: string;
  readonly names: readonly string[];
  readonly family?: RegExp;
}

/**
 * ONSPD headers changed in August 2025 (pcd/oslaua/oscty/ctry became pcd7/lad25cd/cty25cd/ctry25cd,
 * and the year suffix moves with each boundary vintage), so columns are found by name, never position.
 */
const ONSPD = {
  postcode: { label: 'pcds (or pcd, pcd2, pcd7, pcd8)', names: ['pcds', 'pcd8', 'pcd2', 'pcd7', 'pcd'] },
  terminatedOn: { label: 'doterm', names: ['doterm'] },
  lad: { label: 'oslaua or ladYYcd', names: ['oslaua'], family: /^lad(\d\d)cd$/ },
  county: { label: 'oscty or ctyYYcd', names: ['oscty'], family: /^cty(\d\d)cd$/ },
  country: { label: 'ctry or ctryYYcd', names: ['ctry'], family: /^ctry(\d\d)cd$/ },
  latitude: { label: 'lat', names: ['lat'] },
  longitude: { label: 'long', names: ['long'] },
} satisfies Record<string, Wanted>;

const CENTROIDS = {
  outcode: { label: 'outcode', names: ['outcode'] },
  latitude: { label: 'lat', names: ['lat'] },
  longitude: { label: 'long', names: ['long'] },
  country: { label: 'country', names: ['country'] },
} satisfies Record<string, Wanted>;
const CENTROID_COUNCIL_LABEL = 'main_utla_code or main_lad_code';

/** Decides from the header row what kind of file this is and where its columns are. */
export function detectGeoFileLayout(header: readonly string[]): GeoFileLayout {
  const names = header.map((name) => name.trim().toLowerCase());
  if (ONSPD.postcode.names.some((name) => names.includes(name))) return onspdLayout(names);
  if (names.includes('outcode')) return outcodeLayout(names);
  throw new GeoFileError(
    `Unrecognised geography file. Expected an ONS Postcode Directory (columns ${labels(ONSPD).join(', ')}) ` +
      `or an outward-code centroid file (columns ${[...labels(CENTROIDS), CENTROID_COUNCIL_LABEL].join(', ')}). ${found(names)}`,
  );
}

function onspdLayout(names: readonly string[]): OnspdLayout {
  const at = locate(names, ONSPD);
  const missing = missingLabels(ONSPD, at);
  if (missing.length) throw new GeoFileError(`Not a usable ONS Postcode Directory: no ${missing.join(', ')} column. ${found(names)}`);
  return { kind: 'onspd', columnCount: names.length, ...at };
}

function outcodeLayout(names: readonly string[]): OutcodeLayout {
  const at = locate(names, CENTROIDS);
  const utla = names.indexOf('main_utla_code');
  const lad = names.indexOf('main_lad_code');
  const missing = missingLabels(CENTROIDS, at);
  if (utla < 0 && lad < 0) missing.push(CENTROID_COUNCIL_LABEL);
  if (missing.length) throw new GeoFileError(`Not a usable outward-code centroid file: no ${missing.join(', ')} column. ${found(names)}`);
  return { kind: 'outcode-centroids', columnCount: names.length, ...at, utla, lad };
}

function locate<K extends string>(names: readonly string[], wanted: Record<K, Wanted>): Record<K, number> {
  const entries = Object.entries<Wanted>(wanted).map(([key, want]) => [key, indexOf(names, want)]);
  return Object.fromEntries(entries) as Record<K, number>;
}

/** The first preferred exact name present, else the family member with the latest year. */
function indexOf(names: readonly string[], want: Wanted): number {
  for (const name of want.names) if (names.includes(name)) return names.indexOf(name);
  if (!want.family) return -1;
  let best = -1;
  let bestYear = -1;
  names.forEach((name, i) => {
    const year = Number(want.family!.exec(name)?.[1] ?? -1);
    if (year > bestYear) [best, bestYear] = [i, year];
  });
  return best;
}

function missingLabels<K extends string>(wanted: Record<K, Wanted>, at: Record<K, number>): string[] {
  return (Object.keys(wanted) as K[]).filter((key) => at[key] < 0).map((key) => wanted[key].label);
}

function labels(wanted: Record<string, Wanted>): string[] {
  return Object.values(wanted).map((w) => w.label);
}

/** Enough of the header to recognise the file by, without echoing a whole 50-column line. */
function found(names: readonly string[]): string {
  if (names[0]?.startsWith('pk\u0003\u0004')) return 'The file is a zip archive: unzip it and import the CSV inside (Data/ONSPD_*.csv).';
  const shown = names.slice(0, 12).map((n) => n.slice(0, 30)).join(', ');
  return `Found: ${shown}${names.length > 12 ? `, … (${names.length} columns)` : ''}.`;
}
