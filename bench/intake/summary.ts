import { availableParallelism } from 'node:os';
import type { DurabilityReport } from './bench-database';
import type { CpuUse } from './cpu-accounting';
import { percentile, type LoadResult } from './load-driver';
import type { IntakeBenchOptions } from './options';

export const say = (line = ''): void => void process.stdout.write(`${line}\n`);

/**
 * Prints the figures for people, then exactly one JSON line for machines (always the last line).
 * Returns the exit code: non-zero if anything acknowledged was lost or any request failed.
 */
export function printSummary(options: IntakeBenchOptions, result: LoadResult, durability: DurabilityReport, cpu: CpuUse | null): number {
  const sorted = Float64Array.from(result.latencies).sort();
  const seconds = result.measuredMs / 1000;
  const perSecond = result.measuredAcks / seconds;
  const errorCount = [...result.errors.values()].reduce((a, b) => a + b, 0);
  const ms = (p: number) => percentile(sorted, p).toFixed(1);
  say();
  say('Enquiry intake benchmark (POST /api/v1/enquiries)');
  say(`  app processes            ${options.processes} (DATABASE_POOL_SIZE=${options.poolSize} each), load generator on the same machine`);
  say(`  in flight                ${options.concurrency}`);
  say(`  acknowledged (201)       ${result.measuredAcks} in ${seconds} s measured = ${perSecond.toFixed(0)}/s  (+${result.warmupAcks} in warm-up, ${result.acknowledged.length - result.measuredAcks - result.warmupAcks} completing after the window)`);
  say(`  latency ms               p50 ${ms(50)}  p95 ${ms(95)}  p99 ${ms(99)}  max ${ms(100)}`);
  if (cpu) say(`  CPU per enquiry          ${cpuLine(cpu, result.measuredAcks, seconds)}`);
  say(`  errors (non-201)         ${errorCount === 0 ? 'none' : [...result.errors].map(([status, n]) => `${status}: ${n}`).join(', ')}`);
  say(`  durable in PostgreSQL    ${durability.checked - durability.lost} of ${durability.checked} acknowledged (enquiry row and its outbox row)`);
  say(`  lost                     ${durability.lost} (no enquiry: ${durability.missingEnquiry}, no outbox row: ${durability.missingOutbox}); duplicate references: ${durability.duplicates}`);
  say(`  rows                     enquiry ${durability.enquiryRows}, outbox_message ${durability.outboxRows}`);
  say(`  mix                      ${(durability.shortageShare * 100).toFixed(0)}% shortage priority; ${Object.entries(durability.triage).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  say(`  target                   >= 1000/s with 0 lost: ${perSecond >= 1000 && durability.lost === 0 ? 'met' : 'NOT met'}`);
  say(JSON.stringify({ enquiries: result.measuredAcks, per_s: round(perSecond, 1), p95_ms: round(percentile(sorted, 95), 1), lost: durability.lost }));
  return durability.lost > 0 || errorCount > 0 || durability.duplicates > 0 ? 1 : 0;
}

/** Where the machine's time went: ms of CPU per acknowledged enquiry, and cores kept busy. */
function cpuLine(cpu: CpuUse, acks: number, seconds: number): string {
  const part = (name: string, s: number | null) =>
    s === null ? `${name} n/a` : `${name} ${((s * 1000) / Math.max(acks, 1)).toFixed(2)} ms (${(s / seconds).toFixed(2)} cores)`;
  return `${part('app', cpu.app)}, ${part('PostgreSQL', cpu.postgres)}, ${part('load generator', cpu.loadGenerator)}; machine has ${availableParallelism()} cores`;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
