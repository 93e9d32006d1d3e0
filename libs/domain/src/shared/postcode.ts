/**
 * UK postcodes: outward code (area + district) and inward code (sector + unit).
 * Every current format (A9, A99, A9A, AA9, AA99, AA9A) and GIR 0AA, with the letters Royal Mail
 * never uses in each position left out (no Q, V, X first; no C, I, K, M, O, V in the inward code).
 */
const OUTWARD = '[A-PR-UWYZ](?:[0-9][0-9A-HJKPS-UW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)';
const POSTCODE = new RegExp(`^(${OUTWARD}|GIR) ([0-9][ABD-HJLNP-UW-Z]{2})$`);

export interface Postcode {
  /** "SW1A 1AA": upper case, one space before the inward code. */
  readonly normalised: string;
  readonly outward: string;
  readonly inward: string;
}

/** Normalises what a person typed (any case, spaces, dashes); null if it is not a postcode. */
export function parsePostcode(input: string): Postcode | null {
  const compact = input.toUpperCase().replace(/[\s\-.]/g, '');
  if (compact.length < 5 || compact.length > 7) return null;
  const match = POSTCODE.exec(`${compact.slice(0, -3)} ${compact.slice(-3)}`);
  if (!match) return null;
  const [, outward, inward] = match;
  return { normalised: `${outward} ${inward}`, outward, inward };
}

/** The outward code of a postcode or of an outward code alone ("SW1A"). */
export function parseOutwardCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s/g, '');
  return new RegExp(`^${OUTWARD}$`).test(compact) ? compact : null;
}
