import { performance } from 'node:perf_hooks';
import type { AppName } from './app-fleet';
import type { HttpAnswer, HttpClient, HttpRequest } from './http-client';

/** The operations whose p95 the soak reports. */
export const OPERATIONS = [
  'enquiry', 'enquiry_form', 'form_page', 'officer', 'application', 'application_submit',
  'referral', 'search', 'booking', 'end_placement', 'sufficiency',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Failure {
  readonly op: Operation;
  readonly app: AppName;
  readonly start: number;
  readonly end: number;
  /** Status and error code only: never a body, which could hold someone's answers. */
  readonly label: string;
}

/** Every request's outcome: latencies of the good ones per operation, and each failure with its time. */
export class Recorder {
  readonly latencies = new Map<Operation, number[]>(OPERATIONS.map((op) => [op, []]));
  readonly failures: Failure[] = [];
  requests = 0;

  ok(op: Operation, ms: number): void {
    this.requests++;
    this.latencies.get(op)!.push(ms);
  }

  fail(failure: Failure): void {
    this.requests++;
    this.failures.push(failure);
  }
}

/** Sends a request to an app and records it: an answer with an expected status, or null (recorded as a failure). */
export class Caller {
  constructor(private readonly clients: Readonly<Record<'recruitment' | 'matching', HttpClient>>, readonly recorder: Recorder) {}

  async call(app: 'recruitment' | 'matching', op: Operation, req: HttpRequest, expected: readonly number[]): Promise<HttpAnswer | null> {
    const start = performance.now();
    const answer = await this.clients[app].send(req);
    const end = performance.now();
    if (typeof answer.status === 'number' && expected.includes(answer.status)) {
      this.recorder.ok(op, end - start);
      return answer;
    }
    this.recorder.fail({ op, app, start, end, label: `${op} ${answer.status}${errorCode(answer)}` });
    return null;
  }
}

function errorCode(answer: HttpAnswer): string {
  if (!String(answer.headers['content-type'] ?? '').includes('json')) return '';
  try {
    const code = (JSON.parse(answer.body) as { code?: unknown }).code;
    return typeof code === 'string' ? ` ${code}` : '';
  } catch {
    return '';
  }
}
