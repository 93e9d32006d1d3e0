import type { EnquiryGenerator } from '../../intake/enquiry-generator';
import { CookieJar } from '../http-client';
import { sleep, type FlowContext } from '../flow-context';

/** Share of API enquiries sent with an Idempotency-Key, as integrators that retry safely do; only those are retried. */
const KEYED_SHARE = 0.8;
const RETRIES = 4;
const REFERENCE = /FH-[2-9A-Z]{4}-[2-9A-Z]{4}/;

export interface AcknowledgedEnquiry {
  readonly reference: string;
  readonly receivedAt: string;
}

/**
 * One enquiry through the JSON API, as an integrator sends it: with an Idempotency-Key it is
 * retried with the same key after a failure (an outage), which must never make a second enquiry.
 */
export async function apiEnquiry(ctx: FlowContext, generator: EnquiryGenerator, postcode?: string): Promise<AcknowledgedEnquiry | null> {
  const body = generator.next();
  if (postcode) body.postcode = postcode;
  const keyed = ctx.random.next() < KEYED_SHARE;
  const key = `soak-${ctx.runId}-${ctx.ledger.idempotencyKeys.length}-${Math.floor(ctx.random.next() * 1e9)}`;
  if (keyed) ctx.ledger.idempotencyKeys.push(key);
  const headers: Record<string, string> = { 'x-forwarded-for': ctx.addresses.next(), ...(keyed ? { 'idempotency-key': key } : {}) };
  for (let attempt = 0; attempt <= (keyed ? RETRIES : 0); attempt++) {
    if (attempt > 0) await sleep(1_500 * attempt);
    const answer = await ctx.caller.call('recruitment', 'enquiry', { method: 'POST', path: '/api/v1/enquiries', headers, json: body }, [201]);
    if (answer) {
      const ack = JSON.parse(answer.body) as AcknowledgedEnquiry;
      ctx.ledger.enquiry(ack.reference);
      return ack;
    }
  }
  return null;
}

/**
 * One enquiry through the public pages with JavaScript off, as a person fills them in: each page
 * fetched (for its form token), answered, and finally sent from "check your answers". A person
 * whose final click failed clicks again; the journey's own idempotency key makes that safe.
 */
export async function formEnquiry(ctx: FlowContext, generator: EnquiryGenerator): Promise<void> {
  const answers = generator.next();
  const visitor = new FormVisitor(ctx, ctx.addresses.next());
  if (!(await visitor.get('/'))) return;
  for (const [path, fields] of pagesFor(answers)) {
    if (!(await visitor.answer(path, fields))) return;
  }
  if (!(await visitor.get('/check-answers'))) return;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await sleep(2_000 * attempt);
    const sent = await visitor.post('/check-answers', {}, 'enquiry_form');
    if (!sent) continue;
    const confirmation = await visitor.get('/confirmation');
    const reference = confirmation && REFERENCE.exec(confirmation)?.[0];
    if (reference) ctx.ledger.enquiry(reference);
    return;
  }
}

type Fields = Record<string, string | string[]>;

function pagesFor(a: Record<string, unknown>): [string, Fields][] {
  const interests = a.interests as string[];
  return [
    ['/eligibility', { aged21OrOver: 'yes', hasSpareBedroom: Number(a.spareBedrooms) > 0 ? 'yes' : 'no', livesInEngland: 'yes' }],
    ['/name', { firstName: String(a.firstName), lastName: String(a.lastName) }],
    ['/contact-details', { email: String(a.email), phone: String(a.phone) }],
    ['/contact-preferences', { preferredContactMethod: String(a.preferredContactMethod), preferredContactTime: String(a.preferredContactTime) }],
    ['/postcode', { postcode: String(a.postcode) }],
    ['/household', { adultsInHousehold: String(a.adultsInHousehold), childrenInHousehold: String(a.childrenInHousehold), spareBedrooms: String(a.spareBedrooms) }],
    ['/types-of-fostering', { interests: interests.length > 0 ? interests : ['not-sure-yet'] }],
    ['/heard-about-us', { heardFrom: String(a.heardFrom) }],
    ['/consent', { consentToStore: 'yes' }],
  ];
}

/** A browser without JavaScript: keeps its cookies and posts each page's form token back. */
export class FormVisitor {
  private readonly jar = new CookieJar();
  private csrfToken = '';

  constructor(private readonly ctx: FlowContext, private readonly address: string) {}

  /** The page's HTML, or null if it failed (recorded). Redirects are fine: the next step follows the journey. */
  async get(path: string, op: 'form_page' | 'application' = 'form_page', expected = [200, 302, 303]): Promise<string | null> {
    const answer = await this.ctx.caller.call('recruitment', op, { method: 'GET', path, headers: this.headers() }, expected);
    return answer ? this.remember(answer) : null;
  }

  async post(path: string, fields: Fields, op: 'form_page' | 'enquiry_form' | 'application' | 'application_submit', expected = [303]): Promise<string | null> {
    const answer = await this.ctx.caller.call('recruitment', op, {
      method: 'POST', path, headers: this.headers(), form: { csrfToken: this.csrfToken, ...fields },
    }, expected);
    return answer ? (this.remember(answer), answer.headers.location ?? '') : null;
  }

  /** Opens a page and sends its form, as a person does. */
  async answer(path: string, fields: Fields, op: 'form_page' | 'application' = 'form_page'): Promise<boolean> {
    return (await this.get(path, op, [200])) !== null && (await this.post(path, fields, op)) !== null;
  }

  private headers(): Record<string, string> {
    const cookie = this.jar.header();
    return { accept: 'text/html', 'x-forwarded-for': this.address, ...(cookie ? { cookie } : {}) };
  }

  private remember(answer: { headers: Parameters<CookieJar['remember']>[0]; body: string }): string {
    this.jar.remember(answer.headers);
    const token = /name="csrfToken" value="([^"]+)"/.exec(answer.body);
    if (token) this.csrfToken = token[1];
    return answer.body;
  }
}
