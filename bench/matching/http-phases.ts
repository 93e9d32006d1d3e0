import { Agent } from 'node:http';
import type { MatchSearchPage } from '../../apps/matching/src/search/match-search.use-case';
import { runHttpLoad, send, type HttpLoadResult, type PlannedRequest } from '../shared/http-load';
import type { SampledReferral } from './bench-database';
import { checkSearchAnswer, PAGE_SIZE } from './response-checks';

/** One search request, made once and sent many times. */
export type SearchRequest = PlannedRequest & { readonly referralId: string };

const EMPTY_JSON = Buffer.from('{}');

/** A placement officer of the referral's own council asks for the first page (the API's default size). */
export function searchRequests(sample: readonly SampledReferral[], tokens: ReadonlyMap<string, string>, query = ''): SearchRequest[] {
  return sample.map((r) => ({
    referralId: r.id, method: 'POST', path: `/api/v1/referrals/${r.id}/match-search${query}`, body: EMPTY_JSON,
    headers: { authorization: `Bearer ${tokens.get(r.councilCode)}` },
  }));
}

const at = { host: '127.0.0.1' };

export interface ValidationPass {
  readonly pages: MatchSearchPage[];
  /** Each referral's answer as checked, byte for byte: the timed phases compare theirs with it. */
  readonly answers: ReadonlyMap<string, string>;
  readonly errors: Map<string, number>;
  readonly firstFailure: string | null;
}

/** Every sampled search once, one at a time, each answer checked in full: proof before timing, and the warm-up. */
export async function validationPass(port: number, requests: readonly SearchRequest[]): Promise<ValidationPass> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const pages: MatchSearchPage[] = [];
  const answers = new Map<string, string>();
  const errors = new Map<string, number>();
  let firstFailure: string | null = null;
  try {
    for (const request of requests) {
      const { status, body } = await send(agent, { ...at, port }, request);
      const problem = checkSearchAnswer(status, body, request.referralId);
      if (problem === null) {
        pages.push(JSON.parse(body) as MatchSearchPage);
        answers.set(request.referralId, body);
      } else {
        errors.set(problem, (errors.get(problem) ?? 0) + 1);
        firstFailure ??= `${request.path} → ${status}: ${body.slice(0, 300)}`;
      }
    }
  } finally {
    agent.destroy();
  }
  return { pages, answers, errors, firstFailure };
}

/**
 * Round trips at `concurrency` for a fixed time, cycling through the requests. Every answer must be
 * the validated one byte for byte (the data does not change while the bench runs), which is a full
 * check that parses nothing: parsing 37 KB answers in the load generator made garbage whose
 * collection landed inside the next request's timing on this 2-core machine.
 */
export function timedSearches(
  port: number, requests: readonly SearchRequest[], validated: ReadonlyMap<string, string>, concurrency: number, warmupMs: number, durationMs: number,
): Promise<HttpLoadResult> {
  let next = 0;
  return runHttpLoad({
    ...at, port, concurrency, warmupMs, durationMs,
    next: () => requests[next++ % requests.length],
    check: (status, body, sent) => sameAnswer(status, body, (sent as SearchRequest).referralId, validated),
  });
}

function sameAnswer(status: number | string, body: string, referralId: string, validated: ReadonlyMap<string, string>): string | null {
  const expected = validated.get(referralId);
  // A referral whose validation failed is already counted there; judge its answer in full here.
  if (expected === undefined) return checkSearchAnswer(status, body, referralId);
  if (status !== 200) return `status ${status}`;
  return body === expected ? null : 'answer differs from the validated answer for the same referral';
}

/**
 * The app's fixed cost: the same route and token for an id that cannot exist, answered 404
 * after authentication and validation without touching the database.
 */
export function fixedCostProbe(port: number, token: string, durationMs: number): Promise<HttpLoadResult> {
  const request: PlannedRequest = { method: 'POST', path: '/api/v1/referrals/not-a-referral/match-search', body: EMPTY_JSON, headers: { authorization: `Bearer ${token}` } };
  return runHttpLoad({ ...at, port, concurrency: 1, warmupMs: 500, durationMs, next: () => request, check: (status) => (status === 404 ? null : `status ${status}`) });
}

export interface PagingProbe {
  readonly asked: number;
  /** Second pages that came back short although the search had not yet widened to all of England. */
  readonly shortBeforeEngland: number;
  readonly example: string | null;
}

/** Asks for page 2: a short page is right only if there are no more eligible homes anywhere. */
export async function pagingProbe(port: number, requests: readonly SearchRequest[]): Promise<PagingProbe> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let short = 0;
  let example: string | null = null;
  try {
    for (const request of requests) {
      const { status, body } = await send(agent, { ...at, port }, request);
      if (status !== 200) throw new Error(`page 2 of ${request.referralId} → ${status}: ${body.slice(0, 200)}`);
      const page = JSON.parse(body) as MatchSearchPage;
      if (page.candidates.length < PAGE_SIZE && page.searchedRadiusMiles !== null) {
        short++;
        example ??= `referral ${page.referralId} page 2: ${page.candidates.length} of ${PAGE_SIZE}, eligibleCount ${page.eligibleCount}, ` +
          `widening stopped at ${page.searchedRadiusMiles} miles`;
      }
    }
  } finally {
    agent.destroy();
  }
  return { asked: requests.length, shortBeforeEngland: short, example };
}
