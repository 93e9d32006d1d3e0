import { availableParallelism, loadavg } from 'node:os';
import type { AppFleet } from './app-fleet';
import { excuses, type FaultWindow } from './fault-plan';
import type { Ledger } from './ledger';
import type { MixOutcome } from './load-mix';
import type { Failure, Recorder } from './recorder';
import type { RssTrend } from './rss-sampler';
import type { Durability } from './verify';

export const say = (line = ''): void => void process.stdout.write(`${line}\n`);

export interface SoakResult {
  readonly recorder: Recorder;
  readonly windows: readonly FaultWindow[];
  readonly mix: MixOutcome;
  readonly durability: Durability;
  readonly trends: readonly RssTrend[];
  readonly crashes: AppFleet['crashes'];
  readonly ledger: Ledger;
  readonly loadSeconds: number;
}

interface Verdict {
  /** Failed while a restarted part was down: allowed, counted apart. */
  readonly outage: Failure[];
  /** Failed at any other time: the load's own errors. */
  readonly real: Failure[];
  readonly errors: number;
  readonly lost: number;
  readonly duplicates: number;
}

/** Prints the figures for people, then one JSON line for machines (always the last line); returns the exit code. */
export function printSummary(r: SoakResult): number {
  const v = judge(r);
  printFigures(r, v);
  const d = r.durability;
  say(JSON.stringify({
    requests: r.recorder.requests, errors: v.errors, lost: v.lost,
    p95_ms: Object.fromEntries([...r.recorder.latencies].filter(([, xs]) => xs.length > 0).map(([op, xs]) => [op, round(percentile(xs, 95))])),
    rss_growth_mb: r.trends.length > 0 ? round(Math.max(...r.trends.map((t) => t.growthMb))) : null,
    outage_errors: v.outage.length, duplicates: v.duplicates, missing_followups: d.missingFollowUps, app_crashes: r.crashes.length,
    faults: r.windows.length, duration_s: Math.round(r.loadSeconds),
  }));
  const failed = v.errors > 0 || v.lost > 0 || v.duplicates > 0 || d.missingFollowUps > 0 || r.crashes.length > 0 || d.overfullHomes > 0;
  return failed ? 1 : 0;
}

function judge(r: SoakResult): Verdict {
  const outage = r.recorder.failures.filter((f) => r.windows.some((w) => excuses(w, f.app) && f.start < w.end && f.end > w.start));
  const real = r.recorder.failures.filter((f) => !outage.includes(f));
  const d = r.durability;
  return {
    outage, real, errors: real.length + r.mix.flowErrors.length,
    lost: d.lostEnquiries + d.lostReferrals + d.lostPlacements + d.lostEndings + d.lostApplications,
    duplicates: d.duplicateFollowUps + d.duplicateEnquiries,
  };
}

function printFigures(r: SoakResult, v: Verdict): void {
  say();
  say(`Soak: ${r.loadSeconds.toFixed(0)} s of mixed load, ${r.recorder.requests} requests (${(r.recorder.requests / r.loadSeconds).toFixed(1)}/s); machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} (shared: figures are noisy)`);
  say(`  flows started    ${Object.entries(r.mix.started).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const skipped = Object.entries(r.mix.skipped).filter(([, n]) => n > 0);
  if (skipped.length > 0) say(`  flows skipped    ${skipped.map(([k, n]) => `${k} ${n}`).join(', ')} (too many already in flight: the platform fell behind)`);
  say('  latency (ms)     operation            count     p50     p95     p99');
  for (const [op, xs] of r.recorder.latencies) {
    if (xs.length > 0) say(`                   ${op.padEnd(18)} ${String(xs.length).padStart(7)} ${[50, 95, 99].map((p) => percentile(xs, p).toFixed(1).padStart(7)).join(' ')}`);
  }
  const checks = [...new Set(r.mix.flowErrors)].slice(0, 5);
  say(`  errors           ${v.errors}${describe(v.real)}${checks.length ? `; checks failed: ${checks.join('; ')}` : ''}`);
  say(`  outage errors    ${v.outage.length} (failed while a restarted part was down)${describe(v.outage)}`);
  for (const w of r.windows) say(`  fault            ${w.target}: ${w.action}; healthy again after ${w.recoverySeconds.toFixed(1)} s`);
  if (r.crashes.length > 0) say(`  app crashes      ${r.crashes.map((c) => `${c.app} (${c.code ?? c.signal})`).join(', ')}`);
  for (const t of r.trends) {
    say(`  RSS ${t.app.padEnd(12)} ${t.firstMb.toFixed(0)} → ${t.lastMb.toFixed(0)} MB (peak ${t.peakMb.toFixed(0)}) over ${t.measuredSeconds.toFixed(0)} s after warm-up: ` +
      `slope ${t.slopeMbPerMinute.toFixed(2)} MB/min, trend ${t.growthMb.toFixed(1)} MB, quartile medians ${t.quartileGrowthMb.toFixed(1)} MB; ` +
      `by tenths of its life ${t.tenthsMb.map((mb) => mb.toFixed(0)).join(' ')}`);
  }
  const l = r.ledger;
  const d = r.durability;
  say(`  acknowledged     ${l.enquiries.length} enquiries, ${l.submittedApplications.length} applications sent, ${l.referrals.length} referrals, ${l.placements.length} placements (${l.endedPlacements.length} ended)`);
  say(`  lost             ${v.lost} (enquiries ${d.lostEnquiries}, applications ${d.lostApplications}, referrals ${d.lostReferrals}, placements ${d.lostPlacements}, endings ${d.lostEndings})`);
  say(`  follow-ups       ${d.missingFollowUps} acknowledgements missing after ${d.drainSeconds.toFixed(0)} s of drain; ${d.duplicateFollowUps} sent twice; ${d.undispatchedOutbox} outbox rows undispatched`);
  say(`  duplicates       ${v.duplicates} (acknowledgements ${d.duplicateFollowUps}, enquiries per Idempotency-Key ${d.duplicateEnquiries}); homes over their terms after a booking: ${d.overfullHomes}`);
}

/** Failures by label (status and error code only), most common first. */
function describe(failures: readonly Failure[]): string {
  if (failures.length === 0) return '';
  const byLabel = new Map<string, number>();
  for (const f of failures) byLabel.set(f.label, (byLabel.get(f.label) ?? 0) + 1);
  return `: ${[...byLabel].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([label, n]) => `${label} ×${n}`).join(', ')}`;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
