import { EARTH_RADIUS_MILES, type GeoPoint } from '@app/domain';
import { SeededRandom } from '../../bench/intake/enquiry-generator';
import type { SeedCouncil } from './geography';

/** The benchmarks' seeded generator, with what a synthetic England needs on top: ids, subsets, places. */
export class SeedRandom extends SeededRandom {
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A version-4-shaped UUID from the seeded stream, so `--seed N` gives the same ids every time. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Each item kept with its own probability: subset([['dog', 0.3], ['cat', 0.2]]). */
  subset<T>(choices: readonly (readonly [T, number])[]): T[] {
    return choices.filter(([, p]) => this.next() < p).map(([value]) => value);
  }

  /** A point spread evenly over a disc of `radiusMiles` around `centre`. */
  pointWithin(centre: GeoPoint, radiusMiles: number): GeoPoint {
    return offset(centre, radiusMiles * Math.sqrt(this.next()), this.next() * 2 * Math.PI);
  }

  /** A point somewhere in a council: near one of its outward codes (by size), else around its centroid. */
  pointIn(council: SeedCouncil): GeoPoint {
    const outcodes = council.outcodes;
    if (outcodes.length === 0) return this.pointWithin(council, CENTROID_SPREAD_MILES[council.tier] ?? 5);
    let roll = this.next() * totalWeight(council);
    for (const o of outcodes) if ((roll -= o.weight) < 0) return this.pointWithin(o, o.radiusMiles);
    return this.pointWithin(outcodes[0], outcodes[0].radiusMiles);
  }

  /** The nearest outward code's name (for the postcode column), or null without centroids. */
  outcodeNear(council: SeedCouncil, point: GeoPoint): string | null {
    let best: string | null = null;
    let bestScore = Infinity;
    for (const o of council.outcodes) {
      const score = (o.latitude - point.latitude) ** 2 + ((o.longitude - point.longitude) * 0.62) ** 2;
      if (score < bestScore) { bestScore = score; best = o.code; }
    }
    return best;
  }
}

/** Without outward codes, homes scatter around the council's centroid by how big such councils are. */
const CENTROID_SPREAD_MILES: Record<string, number> = { county: 14, unitary: 6, 'metropolitan district': 4, 'London borough': 2 };

const weights = new WeakMap<SeedCouncil, number>();
function totalWeight(council: SeedCouncil): number {
  let total = weights.get(council);
  if (total === undefined) weights.set(council, (total = council.outcodes.reduce((sum, o) => sum + o.weight, 0)));
  return total;
}

/** The point `miles` away on an initial `bearing` (radians), kept inside the schema's bounds for England. */
export function offset(from: GeoPoint, miles: number, bearing: number): GeoPoint {
  const angle = miles / EARTH_RADIUS_MILES;
  const lat1 = (from.latitude * Math.PI) / 180;
  const lon1 = (from.longitude * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
  const lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return { latitude: clamp((lat2 * 180) / Math.PI, 49.5, 60.5), longitude: clamp((lon2 * 180) / Math.PI, -8.5, 2.5) };
}

/** Splits `total` over `weights` in proportion, largest remainders first, so the parts add up exactly. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[byRemainder[k][1]]++;
  return counts;
}
