import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_SEED, type FuzzResult } from './fuzz-runner';

const statusList = (statuses: FuzzResult['statuses']) =>
  Object.entries(statuses).sort(([a], [b]) => Number(a) - Number(b)).map(([status, n]) => `${status}×${n}`).join(' ');

/** The summary table: inputs tried per endpoint and what came back, printed and kept in test-results/fuzz/. */
export function reportFuzzResults(app: string, results: readonly FuzzResult[]): string {
  const rows = results.map((r) => [r.route, r.caller, String(r.tried), statusList(r.statuses), `${r.ms} ms`, r.failure ? 'FAILED' : 'ok']);
  const header = ['endpoint', 'called as', 'inputs', 'statuses', 'time', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const total = results.reduce((sum, r) => sum + r.tried, 0);
  const table = [
    `Fuzzing the ${app} app (fast-check, base seed ${BASE_SEED}): ${total} inputs over ${results.length} endpoints`,
    line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line),
  ].join('\n');
  const dir = join(__dirname, '..', '..', '..', 'test-results', 'fuzz');
  mkdirSync(dir, { recursive: true });
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  writeFileSync(join(dir, `${app}.md`), `${table}\n${failures.length ? `\nFailures (replay with the seed and path shown):\n\n${failures.join('\n\n')}\n` : ''}`);
  writeFileSync(join(dir, `${app}.json`), JSON.stringify({ app, seed: BASE_SEED, results }, null, 2));
  process.stdout.write(`\n${table}\n`);
  return table;
}
