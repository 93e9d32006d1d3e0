import { splitCsvLine } from '@app/geo';
import type { NationalDistributionRow } from '@app/domain';

/**
 * Reads cla_national_distributions.csv (measure, category, year, value, unit; double-quoted fields
 * may hold commas). Columns are found by header name. Parsing files is not the domain's business:
 * it receives the rows.
 */
export function parseNationalDistributions(csv: string): NationalDistributionRow[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = splitCsvLine(header);
  const at = (name: string) => names.indexOf(name);
  return lines.map((line) => {
    const f = splitCsvLine(line);
    return { measure: f[at('measure')], category: f[at('category')], year: f[at('year')], value: Number(f[at('value')]), unit: f[at('unit')] };
  });
}
