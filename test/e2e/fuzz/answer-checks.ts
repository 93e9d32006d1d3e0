import { ERROR_CODES, type ErrorCode } from '@app/domain';
import { httpStatusForCode, STATUS_NAMES } from '@app/web';
import { XSS_MARKERS } from './hostile-values';

/** What the app answered, as light-my-request gives it. */
export interface Answer {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: string;
}

const ERROR_KEYS = new Set(['statusCode', 'error', 'code', 'message', 'details', 'correlationId']);
const CORRELATION_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Everything wrong with an answer to a hostile request; empty when it holds. Never a 5xx; a
 * 4xx is the documented body (STYLE.md §5) from the JSON API, and from a page route either a
 * GOV.UK page or that body; no page echoes markup it was sent; no redirect leaves the site.
 */
export function problemsWith(answer: Answer, isPage: boolean): string[] {
  const problems: string[] = [];
  if (answer.statusCode >= 500) problems.push(`answered ${answer.statusCode}: ${answer.body.slice(0, 300)}`);
  const type = String(answer.headers['content-type'] ?? '');
  if (type.startsWith('text/html')) {
    const echoed = XSS_MARKERS.find((marker) => answer.body.includes(marker));
    if (echoed) problems.push(`echoed markup unescaped: ${echoed}`);
  }
  // Redirects stay on this site whatever was sent (no open redirect through a crafted path or field).
  const location = String(answer.headers.location ?? '');
  if (answer.statusCode >= 300 && answer.statusCode < 400 && !/^\/(?![/\\])/.test(location)) problems.push(`redirects off-site to "${location.slice(0, 100)}"`);
  if (answer.statusCode < 400 || answer.statusCode >= 500) return problems;
  // Pages answer browsers (whatever they say they accept) with a page; the JSON API always with the error body.
  if (isPage && type.startsWith('text/html')) return problems.concat(pageProblems(answer));
  return problems.concat(errorBodyProblems(answer, type));
}

function pageProblems(answer: Answer): string[] {
  const problems: string[] = [];
  // Either a GOV.UK error page (its own heading) or the form again with its error summary.
  const errorPage = /<h1 class="govuk-heading-l"/.test(answer.body);
  const formWithErrors = answer.body.includes('govuk-error-summary');
  if (!errorPage && !formWithErrors) problems.push(`a ${answer.statusCode} page that is neither an error page nor a form with an error summary`);
  if (answer.headers['cache-control'] !== 'no-store') problems.push('an error page browsers may store');
  return problems;
}

function errorBodyProblems(answer: Answer, type: string): string[] {
  if (!type.startsWith('application/json')) return [`a ${answer.statusCode} answered as "${type}", not the JSON error body`];
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(answer.body) as Record<string, unknown>;
  } catch {
    return [`a ${answer.statusCode} whose body is not JSON`];
  }
  const problems: string[] = [];
  const extra = Object.keys(body).filter((key) => !ERROR_KEYS.has(key));
  if (extra.length) problems.push(`error body has extra keys ${extra.join(', ')}`);
  if (body.statusCode !== answer.statusCode) problems.push(`statusCode ${String(body.statusCode)} differs from ${answer.statusCode}`);
  if (body.error !== STATUS_NAMES[answer.statusCode]) problems.push(`error "${String(body.error)}" is not "${STATUS_NAMES[answer.statusCode]}"`);
  const code = body.code as ErrorCode;
  if (!ERROR_CODES.includes(code)) problems.push(`unknown code ${String(code)}`);
  else if (httpStatusForCode(code) !== answer.statusCode) problems.push(`code ${code} belongs to ${httpStatusForCode(code)}, not ${answer.statusCode}`);
  if (typeof body.message !== 'string' || body.message.length === 0) problems.push('no message');
  if (typeof body.correlationId !== 'string' || !CORRELATION_ID.test(body.correlationId)) problems.push('no correlationId');
  if (body.details !== undefined) problems.push(...detailsProblems(body.details));
  return problems;
}

function detailsProblems(details: unknown): string[] {
  if (!Array.isArray(details) || details.length === 0) return ['details is not a list of field problems'];
  const bad = details.filter((d) => typeof d !== 'object' || d === null
    || ['field', 'rule', 'message'].some((k) => typeof (d as Record<string, unknown>)[k] !== 'string')
    || Object.keys(d).length !== 3);
  return bad.length ? [`details entries without exactly field, rule and message: ${JSON.stringify(bad).slice(0, 200)}`] : [];
}
