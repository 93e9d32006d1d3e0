import { parsePostcode } from '@app/domain';
import { parseCoordinates } from './coordinates';
import { countryFromGssCode, type CountryInitial } from './country-code';
import { districtCode, upperTierCouncil } from './council-code';
import type { OnspdLayout } from './geo-file-layout';
import type { SkipReason } from './skip-reason';

/** One row of table postcode_location. */
export interface PostcodeLocationRow {
  /** Normalised as the platform looks it up ("SW1A 1AA"), whatever the file's pcd variant. */
  readonly postcode: string;
  readonly outwardCode: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly ladCode: string | null;
  readonly councilCode: string | null;
  readonly country: CountryInitial;
  readonly terminated: boolean;
}

/**
 * Maps one ONSPD record. Terminated postcodes are kept (flagged): people still write old
 * postcodes, and a location for them beats none.
 */
export function toPostcodeRow(fields: readonly string[], layout: OnspdLayout, councils: ReadonlySet<string>): PostcodeLocationRow | SkipReason {
  if (fields.length !== layout.columnCount) return 'malformed-row';
  const postcode = parsePostcode(fields[layout.postcode]);
  if (!postcode) return 'invalid-code';
  const at = parseCoordinates(fields[layout.latitude], fields[layout.longitude]);
  if (!at) return 'no-coordinates';
  const country = countryFromGssCode(fields[layout.country]);
  if (!country) return 'unknown-country';
  return {
    postcode: postcode.normalised,
    outwardCode: postcode.outward,
    latitude: at.latitude,
    longitude: at.longitude,
    ladCode: districtCode(fields[layout.lad]),
    councilCode: upperTierCouncil(fields[layout.lad], fields[layout.county], councils),
    country,
    terminated: fields[layout.terminatedOn].trim() !== '',
  };
}
