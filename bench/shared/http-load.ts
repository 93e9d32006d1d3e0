import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request to send: a path and its headers (GET unless a body is given). */
export interface PlannedRequest {
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly method?: string;
  readonly body?: Buffer;
}

export interface HttpLoadPlan {
  readonly host: string;
  readonly port: number;
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly next: (slot: number) => PlannedRequest;
  /** Judges a response: null if good, else a short label counted as an error. Runs after the clock stops. */
  readonly check: (status: number | string, body: string, sent: PlannedRequest) => string | null;
}

/** A named workload for runHttpLoad: how to build each request and judge each answer. */
export type LoadScenario = Pick<HttpLoadPlan, 'next' | 'check'> & { readonly name: string; readonly describe: string };

export interface HttpLoadResult {
  /** Round-trip times (ms) of the good responses completed inside the measured window. */
  readonly latencies: Float64Array;
  readonly measuredMs: number;
  readonly warmupCompleted: number;
  /** Failed checks by label, warm-up included: every response must be right, not only the timed ones. */
  readonly errors: Map<string, number>;
  /** The first failing response, to show what went wrong. */
  readonly firstFailure: string | null;
}

/**
 * Keeps `concurrency` requests in flight over keep-alive connections for warm-up plus duration;
 * a request counts in the measured window if it completes inside it. Unlike bench/intake's
 * driver it knows nothing of the endpoint: the plan builds requests and judges answers.
 */
export async function runHttpLoad(plan: HttpLoadPlan): Promise<HttpLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency, maxFreeSockets: plan.concurrency });
  const windowStart = performance.now() + plan.warmupMs;
  const windowEnd = windowStart + plan.durationMs;
  const errors = new Map<string, number>();
  let latencies = new Float64Array(1 << 14);
  let measured = 0;
  let warmupCompleted = 0;
  let firstFailure: string | null = null;
  const slot = async (id: number): Promise<void> => {
    while (performance.now() < windowEnd) {
      const planned = plan.next(id);
      const sent = performance.now();
      const { status, body } = await send(agent, plan, planned);
      const done = performance.now();
      const problem = plan.check(status, body, planned);
      if (problem !== null) {
        errors.set(problem, (errors.get(problem) ?? 0) + 1);
        firstFailure ??= `${planned.path} → ${status}: ${body.slice(0, 300)}`;
      } else if (done < windowStart) warmupCompleted++;
      else if (done < windowEnd) {
        if (measured === latencies.length) latencies = grow(latencies);
        latencies[measured++] = done - sent;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.concurrency }, (_, i) => slot(i)));
  } finally {
    agent.destroy();
  }
  return { latencies: latencies.slice(0, measured), measuredMs: plan.durationMs, warmupCompleted, errors, firstFailure };
}

/** One request on the shared keep-alive agent; network failures come back as a status label. */
export function send(agent: Agent, at: { host: string; port: number }, planned: PlannedRequest): Promise<{ status: number | string; body: string }> {
  return new Promise((resolve) => {
    const headers = { ...planned.headers, ...(planned.body ? { 'content-type': 'application/json', 'content-length': planned.body.length } : {}) };
    const req = request({ agent, host: at.host, port: at.port, path: planned.path, method: planned.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 'no-status', body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => resolve({ status: `response-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, body: '' }));
    });
    req.on('error', (e) => resolve({ status: `network-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, body: '' }));
    req.end(planned.body);
  });
}

function grow(values: Float64Array): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
