import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadPlan {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Builds the next request for one in-flight slot. */
  readonly nextRequest: (slot: number) => { body: Buffer; headers: Record<string, string> };
  readonly onProgress?: (measuredAcks: number, elapsedMs: number) => void;
  /** Called when the measured window opens and closes (e.g. to read CPU counters). */
  readonly onWindow?: { start: () => Promise<void>; end: () => void };
}

export interface LoadResult {
  /** Every reference acknowledged with 201, warm-up included: all must be durable. */
  readonly acknowledged: string[];
  readonly warmupAcks: number;
  readonly measuredAcks: number;
  /** Server round-trip times (ms) of the requests completed inside the measured window. */
  readonly latencies: Float64Array;
  readonly errors: Map<string, number>;
  readonly measuredMs: number;
}

interface Outcome { status: number | string; body: string }

/**
 * Keeps `concurrency` requests in flight over keep-alive connections for warm-up plus duration.
 * A request counts in the measured window if it completes inside it.
 */
export async function driveLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency, maxFreeSockets: plan.concurrency });
  const start = performance.now();
  const windowStart = start + plan.warmupMs;
  const windowEnd = windowStart + plan.durationMs;
  const acknowledged: string[] = [];
  const errors = new Map<string, number>();
  let latencies = new Float64Array(1 << 16);
  let measured = 0;
  let warmupAcks = 0;
  const progress = plan.onProgress && setInterval(() => plan.onProgress!(measured, performance.now() - windowStart), 5_000);
  const windowTimers = plan.onWindow && [
    setTimeout(() => void plan.onWindow!.start(), plan.warmupMs),
    setTimeout(() => plan.onWindow!.end(), plan.warmupMs + plan.durationMs),
  ];

  const slot = async (id: number): Promise<void> => {
    while (performance.now() < windowEnd) {
      const { body, headers } = plan.nextRequest(id);
      const sent = performance.now();
      const outcome = await post(agent, plan, body, headers);
      const done = performance.now();
      const inWindow = done >= windowStart && done < windowEnd;
      if (outcome.status === 201) {
        acknowledged.push(referenceOf(outcome.body));
        if (!inWindow) { if (done < windowStart) warmupAcks++; continue; }
        if (measured === latencies.length) latencies = grow(latencies);
        latencies[measured++] = done - sent;
      } else {
        const key = String(outcome.status);
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.concurrency }, (_, i) => slot(i)));
  } finally {
    if (progress) clearInterval(progress);
    windowTimers?.forEach(clearTimeout);
    agent.destroy();
  }
  return { acknowledged, warmupAcks, measuredAcks: measured, latencies: latencies.subarray(0, measured), errors, measuredMs: plan.durationMs };
}

function post(agent: Agent, plan: LoadPlan, body: Buffer, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent, host: plan.host, port: plan.port, path: plan.path, method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 'no-status', body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: `response-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, body: '' }));
      },
    );
    req.on('error', (e) => resolve({ status: `network-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, body: '' }));
    req.end(body);
  });
}

function referenceOf(body: string): string {
  const reference = (JSON.parse(body) as { reference?: unknown }).reference;
  if (typeof reference !== 'string') throw new Error(`a 201 without a reference: ${body.slice(0, 200)}`);
  return reference;
}

function grow(values: Float64Array): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/** Nearest-rank percentile of latencies in ms. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
