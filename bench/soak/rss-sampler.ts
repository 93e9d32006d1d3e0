import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { APP_NAMES, type AppFleet, type AppName } from './app-fleet';

export interface RssSample {
  readonly t: number;
  readonly pid: number;
  readonly mb: number;
}

export interface RssTrend {
  readonly app: AppName;
  /** Seconds of the longest life of one process (restarts start a new life), after its warm-up. */
  readonly measuredSeconds: number;
  readonly samples: number;
  readonly firstMb: number;
  readonly lastMb: number;
  readonly peakMb: number;
  /** Least-squares slope of RSS over the measured time, in MB a minute. */
  readonly slopeMbPerMinute: number;
  /** The slope times the measured time: how much the trend grew over the run. */
  readonly growthMb: number;
  /** Median of the last quarter minus median of the second quarter: the same question, robust to spikes. */
  readonly quartileGrowthMb: number;
  /** The median of each tenth of the whole life, warm-up included: the shape (a step, a plateau, a ramp). */
  readonly tenthsMb: readonly number[];
}

/** Reads every app process's resident memory every `intervalMs` (Linux /proc; elsewhere nothing is sampled). */
export class RssSampler {
  readonly samples = new Map<AppName, RssSample[]>(APP_NAMES.map((app) => [app, []]));
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly fleet: AppFleet, private readonly intervalMs: number) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const t = performance.now();
    for (const app of APP_NAMES) {
      const pid = this.fleet.pid(app);
      const mb = pid === undefined ? null : rssMb(pid);
      if (pid !== undefined && mb !== null) this.samples.get(app)!.push({ t, pid, mb });
    }
  }
}

function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * The memory trend of one app: its longest-lived process, without the first `warmupShare` of
 * that life (JIT, pools and caches filling up), fitted with a straight line. Null when fewer
 * than `minSamples` remain (a short run with restarts).
 */
export function rssTrend(app: AppName, samples: readonly RssSample[], warmupShare = 0.25, minSamples = 10): RssTrend | null {
  const lives = new Map<number, RssSample[]>();
  for (const s of samples) lives.set(s.pid, [...(lives.get(s.pid) ?? []), s]);
  const longest = [...lives.values()].sort((a, b) => span(b) - span(a))[0] ?? [];
  const skipUntil = (longest[0]?.t ?? 0) + span(longest) * warmupShare;
  const kept = longest.filter((s) => s.t >= skipUntil);
  if (kept.length < minSamples) return null;
  const seconds = (kept[kept.length - 1].t - kept[0].t) / 1000;
  const slopePerMs = slope(kept);
  const quarter = Math.floor(kept.length / 4);
  return {
    app, measuredSeconds: seconds, samples: kept.length,
    firstMb: kept[0].mb, lastMb: kept[kept.length - 1].mb, peakMb: Math.max(...kept.map((s) => s.mb)),
    slopeMbPerMinute: slopePerMs * 60_000,
    growthMb: slopePerMs * seconds * 1000,
    quartileGrowthMb: median(kept.slice(3 * quarter).map((s) => s.mb)) - median(kept.slice(quarter, 2 * quarter).map((s) => s.mb)),
    tenthsMb: Array.from({ length: 10 }, (_, i) => median(longest.slice(Math.floor((i * longest.length) / 10), Math.floor(((i + 1) * longest.length) / 10)).map((s) => s.mb))),
  };
}

function span(samples: readonly RssSample[]): number {
  return samples.length < 2 ? 0 : samples[samples.length - 1].t - samples[0].t;
}

function slope(samples: readonly RssSample[]): number {
  const n = samples.length;
  const meanT = samples.reduce((a, s) => a + s.t, 0) / n;
  const meanMb = samples.reduce((a, s) => a + s.mb, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.t - meanT) * (s.mb - meanMb);
    den += (s.t - meanT) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
