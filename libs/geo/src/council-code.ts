/** District tiers that are their own children's services authority: unitary, metropolitan, London. */
const OWN_COUNCIL_TIERS: ReadonlySet<string> = new Set(['E06', 'E08', 'E09']);

/**
 * The children's services authority for a postcode: its upper-tier council. Unitary (E06),
 * metropolitan (E08) and London (E09) districts are their own; a two-tier district (E07) is
 * served by its county (E10). Only one of the 153 known councils is returned, since anything
 * else (Wales, Scotland, a pseudo code like E99999999, an abolished county) has no English
 * children's services to route to.
 */
export function upperTierCouncil(ladCode: string, countyCode: string, known: ReadonlySet<string>): string | null {
  const lad = ladCode.trim().toUpperCase();
  const tier = lad.slice(0, 3);
  const candidate = tier === 'E07' ? countyCode.trim().toUpperCase() : OWN_COUNCIL_TIERS.has(tier) ? lad : null;
  return candidate !== null && known.has(candidate) ? candidate : null;
}

/** For a centroid file: its upper-tier column when filled, else its district column, if known. */
export function centroidCouncil(utlaCode: string | undefined, ladCode: string | undefined, known: ReadonlySet<string>): string | null {
  const candidate = (utlaCode?.trim() || ladCode?.trim() || '').toUpperCase();
  return known.has(candidate) ? candidate : null;
}

/** A district code worth storing: not empty and not an ONS pseudo code (E99999999 = "none"). */
export function districtCode(ladCode: string): string | null {
  const lad = ladCode.trim().toUpperCase();
  return /^[A-Z]\d{8}$/.test(lad) && !lad.endsWith('99999999') ? lad : null;
}
