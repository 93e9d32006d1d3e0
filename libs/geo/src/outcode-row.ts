import { parseOutwardCode } from '@app/domain';
import { parseCoordinates } from './coordinates';
import { countryFromName, type CountryInitial } from './country-code';
import { centroidCouncil } from './council-code';
import type { OutcodeLayout } from './geo-file-layout';
import type { SkipReason } from './skip-reason';

/** One row of table outcode_location. */
export interface OutcodeLocationRow {
  readonly outwardCode: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly councilCode: string | null;
  readonly country: CountryInitial;
}

/**
 * Maps one centroid record. Outward codes the platform's own postcode parser rejects (retired
 * ones such as W1M, or NPT) are skipped: no lookup could ever reach them.
 */
export function toOutcodeRow(fields: readonly string[], layout: OutcodeLayout, councils: ReadonlySet<string>): OutcodeLocationRow | SkipReason {
  if (fields.length !== layout.columnCount) return 'malformed-row';
  const outwardCode = parseOutwardCode(fields[layout.outcode]);
  if (!outwardCode) return 'invalid-code';
  const at = parseCoordinates(fields[layout.latitude], fields[layout.longitude]);
  if (!at) return 'no-coordinates';
  const country = countryFromName(fields[layout.country]);
  if (!country) return 'unknown-country';
  const councilCode = centroidCouncil(fields[layout.utla], fields[layout.lad], councils);
  return { outwardCode, latitude: at.latitude, longitude: at.longitude, councilCode, country };
}
