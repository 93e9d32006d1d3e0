import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { routeKey } from '../route-list';
import { problemsWith } from './answer-checks';
import { fuzzRequestArb, type FuzzRequest, type FuzzTarget } from './fuzz-request';
import { AUDIT_READS, changedTables, type RowCounts } from './stored-rows';

/** One endpoint's line in the summary. */
export interface FuzzResult {
  readonly route: string;
  readonly caller: string;
  readonly tried: number;
  /** How often each status came back, e.g. { 400: 31, 201: 4 }. */
  readonly statuses: Readonly<Record<number, number>>;
  readonly seed: number;
  readonly failure?: string;
  readonly ms: number;
}

/** Same base seed, same inputs: set FUZZ_SEED to explore further, keep it to reproduce a failure. */
export const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

/** Each endpoint gets its own seed from the base, so one endpoint's failure replays on its own. */
export function seedFor(key: string): number {
  let hash = BASE_SEED | 0;
  for (const ch of key) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return hash;
}

export interface FuzzRunContext {
  readonly app: NestFastifyApplication;
  readonly bodyLimit: number;
  readonly countRows: () => Promise<RowCounts>;
}

/**
 * Sends `target.runs` generated requests to one endpoint, one at a time, and checks each answer:
 * no 5xx, the documented error shape, no markup echoed, and no rows stored by a refused request
 * (every table is counted before and after). Stops at the first failure and says how to replay it.
 */
export async function fuzzEndpoint(context: FuzzRunContext, target: FuzzTarget): Promise<FuzzResult> {
  const fastify = context.app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const key = routeKey(target.route);
  const seed = seedFor(key);
  const statuses: Record<number, number> = {};
  let tried = 0;
  let rows = await context.countRows();
  const started = Date.now();
  const property = fc.asyncProperty(fuzzRequestArb(target, context.bodyLimit), async (request: FuzzRequest) => {
    tried++;
    const before = rows;
    const answer = await fastify.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, payload: request.payload });
    rows = await context.countRows();
    statuses[answer.statusCode] = (statuses[answer.statusCode] ?? 0) + 1;
    const problems = problemsWith({ statusCode: answer.statusCode, headers: answer.headers, body: answer.body }, target.kind === 'page');
    // The audit trail records every read of a child's or applicant's record, even behind a page that then
    // refuses (compare asked for one home, a form shown again with its errors): an attempt is what an
    // audit trail is for. Nothing else may change, no other audit event included.
    const stored = answer.statusCode < 400 ? [] : changedTables(before, rows).filter((t) => !t.startsWith(`${AUDIT_READS} `));
    if (stored.length > 0) problems.push(`a refused request (${answer.statusCode}) stored rows: ${stored.join(', ')}`);
    if (problems.length > 0) throw new Error(problems.join('; '));
  });
  let failure: string | undefined;
  try {
    // endOnFailure: shrinking replays requests for many seconds; the seed and path replay the exact input instead.
    await fc.assert(property, { numRuns: target.runs, seed, endOnFailure: true });
  } catch (error) {
    failure = `${key} as ${target.caller}: ${describeFailure(error as Error)}`;
  }
  return { route: key, caller: target.caller, tried, statuses, seed, failure, ms: Date.now() - started };
}

/** fast-check's replay line, the counterexample and what was wrong with the answer, without its hints. */
function describeFailure(error: Error): string {
  const lines = error.message.split('\n').filter((line) => line.trim() && !line.startsWith('Hint:') && !line.startsWith('Shrunk'));
  const cause = error.cause instanceof Error ? error.cause.message : '';
  return [...lines.slice(0, 3), ...(cause && !error.message.includes(cause) ? [`Got: ${cause}`] : [])].join('\n');
}
