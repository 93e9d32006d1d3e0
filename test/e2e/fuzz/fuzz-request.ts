import fc from 'fast-check';
import type { Route } from '../route-list';
import { encodeForm, formBodyArb, type FormFields } from './form-variants';
import { jsonBodyArb, type WireBody } from './json-variants';
import { fillPath, encodeComponent, pathArb, queryArb, queryString, type QueryValues } from './url-variants';

/** One endpoint, as the fuzzer calls it: who calls, and a request it accepts to start from. */
export interface FuzzTarget {
  readonly route: Route;
  readonly kind: 'api' | 'page';
  /** Path parameters of a record the caller may reach, so checks behind the lookup run too. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: QueryValues;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly form?: FormFields;
  /** The caller's bearer token or session cookie. */
  readonly headers: Readonly<Record<string, string>>;
  readonly csrfToken?: string;
  readonly runs: number;
  /** Who calls, for the summary: "placement-officer council:E08000003", "applicant session"… */
  readonly caller: string;
}

/** A request as light-my-request sends it; prints short, so a failure names the input without pages of padding. */
export class FuzzRequest {
  constructor(
    readonly label: string,
    readonly method: string,
    readonly url: string,
    readonly headers: Readonly<Record<string, string>>,
    readonly payload?: string,
  ) {}

  [fc.toStringMethod](): string {
    const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s);
    const headers = Object.fromEntries(Object.entries(this.headers).filter(([k]) => !['authorization', 'cookie'].includes(k)));
    return `${this.label}: ${this.method} ${short(this.url)} ${JSON.stringify(headers)} ${this.payload === undefined ? '' : JSON.stringify(short(this.payload))}`;
  }
}

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Headers a client might send wrongly: what it accepts, forged correlation and idempotency ids, junk cookies. */
const headerVariant: fc.Arbitrary<{ label: string; headers: Record<string, string> }> = fc.oneof(
  fc.constantFrom('application/json', 'text/html', '*/*', 'text/csv', 'image/png', 'text/html;q=0, */*;q=0.1').map((accept) => ({ label: 'accept', headers: { accept } })),
  fc.oneof(printable, fc.constant('x'.repeat(500))).map((id) => ({ label: 'correlation id', headers: { 'x-correlation-id': id } })),
  fc.oneof(printable, fc.constant('k'.repeat(300))).map((key) => ({ label: 'idempotency key', headers: { 'idempotency-key': key } })),
  fc.constantFrom('hearth-enquiry=v1.AAAA', 'hearth-staff=garbage', 'hearth-application=v2.x', `hearth-staff=v1.${'A'.repeat(4_000)}`, '__proto__=1')
    .map((cookie) => ({ label: 'junk cookie', headers: { cookie } })),
  fc.constantFrom('203.0.113.9', 'not-an-ip', `${'1.'.repeat(200)}1`).map((ip) => ({ label: 'forwarded for', headers: { 'x-forwarded-for': ip } })),
);

/**
 * Requests to one endpoint that change one thing at a time from a request it accepts: the
 * body (most often, where there is one), a path parameter, the query string, or a header.
 */
export function fuzzRequestArb(target: FuzzTarget, bodyLimit: number): fc.Arbitrary<FuzzRequest> {
  const { method, path } = target.route;
  const takesBody = ['POST', 'PUT', 'PATCH'].includes(method);
  const accept = target.kind === 'page' ? { accept: 'text/html' } : { accept: 'application/json' };
  const base: Record<string, string> = { ...accept, ...target.headers };
  const validPath = fillPath(path, Object.fromEntries(Object.entries(target.params).map(([k, v]) => [k, encodeComponent(v)])));
  const validUrl = `${validPath}${queryString(target.query)}`;
  const bodies: fc.Arbitrary<WireBody> | null = !takesBody ? null : target.kind === 'api'
    ? jsonBodyArb({ ...target.body }, bodyLimit)
    : formBodyArb(target.form ?? {}, target.csrfToken, bodyLimit);
  const validBody: WireBody | undefined = !takesBody ? undefined : target.kind === 'api'
    ? { label: 'valid', contentType: 'application/json', payload: JSON.stringify(target.body ?? {}) }
    : { label: 'valid', contentType: 'application/x-www-form-urlencoded', payload: encodeForm({ ...(target.csrfToken ? { csrfToken: target.csrfToken } : {}), ...target.form }) };
  const make = (label: string, url: string, body: WireBody | undefined, headers: Record<string, string> = {}) => {
    const all: Record<string, string> = { ...base, ...(body?.contentType ? { 'content-type': body.contentType } : {}), ...headers };
    if (headers.cookie && base.cookie) all.cookie = `${base.cookie}; ${headers.cookie}`;
    return new FuzzRequest(`${label}${body ? ` (${body.label})` : ''}`, method, url, all, body?.payload);
  };
  const variants: fc.WeightedArbitrary<FuzzRequest>[] = [
    { weight: 2, arbitrary: queryArb(target.query).map((query) => make('query', `${validPath}${query}`, validBody)) },
    { weight: 1, arbitrary: headerVariant.map(({ label, headers }) => make(`header ${label}`, validUrl, validBody, headers)) },
  ];
  if (bodies) variants.push({ weight: 7, arbitrary: bodies.map((body) => make('body', validUrl, body)) });
  if (path.includes(':')) {
    variants.push({ weight: 3, arbitrary: pathArb(path, target.params).map((url) => make('path', `${url}${queryString(target.query)}`, validBody)) });
  }
  return fc.oneof(...variants);
}
