import type { SeedGeography } from './geography';
import type { AgencyRow } from './seed-rows';
import { apportion, type SeedRandom } from './seed-random';

/** Agencies made by the seed are found (and replaced) by this code prefix. */
export const SEED_AGENCY_CODE_PREFIX = 'SEED-IFA-';
/** Ofsted's 2024-25 collection: about one independent agency in six is voluntary (PR5), the rest private (PR4). */
const VOLUNTARY_SHARE = 0.15;

/** The agencies of each council: those that work with it, to draw an agency household's agency from. */
export interface AgencyDirectory {
  readonly agencies: readonly AgencyRow[];
  pickFor(councilCode: string, random: SeedRandom): AgencyRow;
}

/**
 * Independent agencies spread over the regions in proportion to their children, each working with
 * some of its region's councils; every council has at least one agency working with it.
 */
export function generateAgencies(random: SeedRandom, geography: SeedGeography, count: number): AgencyDirectory {
  const regions = [...new Set(geography.councils.map((c) => c.regionCode))].sort();
  const weights = regions.map((r) => geography.councils.filter((c) => c.regionCode === r).reduce((s, c) => s + c.fosterChildren, 0));
  const perRegion = apportion(weights, Math.max(count - regions.length, 0)).map((n) => n + 1);
  const agencies: AgencyRow[] = [];
  regions.forEach((regionCode, i) => agencies.push(...regionAgencies(random, geography, regionCode, perRegion[i], agencies.length)));
  return directory(agencies);
}

function regionAgencies(random: SeedRandom, geography: SeedGeography, regionCode: string, count: number, numbered: number): AgencyRow[] {
  const councils = geography.councils.filter((c) => c.regionCode === regionCode).map((c) => c.code);
  const made = Array.from({ length: count }, (_, k) => {
    const reach = 0.25 + 0.6 * random.next();
    const chosen = councils.filter(() => random.chance(reach));
    const n = String(numbered + k + 1).padStart(4, '0');
    return {
      id: random.uuid(),
      code: `${SEED_AGENCY_CODE_PREFIX}${n}`,
      name: `Synthetic fostering agency ${n}`,
      sector: random.chance(VOLUNTARY_SHARE) ? 'voluntary' as const : 'private' as const,
      ofstedUrn: `SC${random.int(100_000, 999_999)}`,
      regionCode,
      councils: chosen.length > 0 ? chosen : [random.pick(councils)],
      // A few large agencies and many small ones.
      size: 0.2 + random.next() ** 3 * 10,
    };
  });
  for (const council of councils) {
    if (!made.some((a) => a.councils.includes(council))) {
      const agency = random.pick(made);
      made[made.indexOf(agency)] = { ...agency, councils: [...agency.councils, council] };
    }
  }
  return made;
}

function directory(agencies: readonly AgencyRow[]): AgencyDirectory {
  const byCouncil = new Map<string, AgencyRow[]>();
  for (const agency of agencies) {
    for (const council of agency.councils) byCouncil.set(council, [...(byCouncil.get(council) ?? []), agency]);
  }
  return {
    agencies,
    pickFor(councilCode, random) {
      const candidates = byCouncil.get(councilCode) ?? agencies;
      return random.weighted(candidates.map((a) => [a.size, a] as const));
    },
  };
}
