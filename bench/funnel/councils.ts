import { existsSync, readFileSync } from 'node:fs';
import type { Client } from 'pg';

/** A council's own fostering service, and how many of the generated enquiries it receives. */
export interface CouncilShare {
  readonly councilCode: string;
  readonly serviceId: string;
  readonly lookedAfter: number;
  readonly enquiries: number;
}

/** Looked-after children assumed where the statistics are suppressed (City of London's are blank). */
const SMALL_DEFAULT = 20;

/**
 * Splits `total` enquiries over every council in proportion to its looked-after children, since
 * recruitment effort (and so enquiries) follows need. Largest remainders make the parts add up exactly.
 */
export async function shareEnquiries(db: Client, claCsv: string, total: number): Promise<CouncilShare[]> {
  const { rows } = await db.query<{ councilCode: string; serviceId: string }>(
    `SELECT c.code AS "councilCode", s.id AS "serviceId"
       FROM council c JOIN fostering_service s ON s.code = 'LA-' || c.code ORDER BY c.code`);
  if (rows.length === 0) throw new Error('no councils with a fostering service: were the migrations run?');
  const cla = readLookedAfter(claCsv);
  const weights = rows.map((r) => cla.get(r.councilCode) ?? SMALL_DEFAULT);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[byRemainder[k][1]]++;
  return rows.map((r, i) => ({ ...r, lookedAfter: weights[i], enquiries: counts[i] }));
}

/**
 * la_code → cla_total. Read from the end of each line: only the council name before them can
 * be quoted and contain commas. A missing file means equal shares (a fresh clone without ../shared).
 */
function readLookedAfter(csvPath: string): Map<string, number> {
  const found = new Map<string, number>();
  if (!existsSync(csvPath)) return found;
  const [header, ...lines] = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const columns = header.split(',');
  const fromEnd = columns.length - columns.indexOf('cla_total');
  if (columns[0] !== 'la_code' || fromEnd > columns.length) throw new Error(`${csvPath}: expected la_code first and a cla_total column`);
  for (const line of lines) {
    const fields = line.split(',');
    const value = Number(fields[fields.length - fromEnd]);
    if (fields[fields.length - fromEnd] !== '' && Number.isFinite(value) && value > 0) found.set(fields[0], value);
  }
  return found;
}
