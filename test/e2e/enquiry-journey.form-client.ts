import request, { type Response } from 'supertest';

export type FormFields = Record<string, string | string[]>;

/** A complete set of answers, page by page, as a person would type them. */
export const ANSWERS: readonly [string, FormFields][] = [
  ['/eligibility', { aged21OrOver: 'yes', hasSpareBedroom: 'yes', livesInEngland: 'yes' }],
  ['/name', { firstName: 'Sam', lastName: "O'Kafor" }],
  ['/contact-details', { email: 'sam.okafor@example.com', phone: '07700 900982' }],
  ['/contact-preferences', { preferredContactMethod: 'phone', preferredContactTime: 'evening' }],
  ['/postcode', { postcode: ' sw1a1aa ' }],
  ['/household', { adultsInHousehold: '2', childrenInHousehold: '1', spareBedrooms: '1' }],
  ['/types-of-fostering', { interests: ['teenagers', 'sibling-groups'] }],
  ['/heard-about-us', { heardFrom: 'friend-or-family' }],
  ['/consent', { consentToStore: 'yes' }],
];

export const REFERENCE = /FH-[2-9A-Z]{4}-[2-9A-Z]{4}/;

/** Encodes a form as a browser does: a repeated name for each ticked checkbox. */
export function encodeForm(fields: FormFields): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form.toString();
}

/** A browser with JavaScript off: it keeps the session cookie and posts each page's form token back. */
export class FormClient {
  cookie = '';
  csrfToken = '';

  /** `cookieName`: the enquiry journey's cookie, or the application's. */
  constructor(private readonly server: unknown, private readonly cookieName = 'hearth-enquiry') {}

  async get(path: string): Promise<Response> {
    return this.remember(await request(this.server as never).get(path).set('accept', 'text/html').set('cookie', this.cookie));
  }

  async post(path: string, fields: FormFields, overrides: { cookie?: string; csrfToken?: string } = {}): Promise<Response> {
    const body = encodeForm({ csrfToken: overrides.csrfToken ?? this.csrfToken, ...fields });
    const response = await request(this.server as never).post(path).set('accept', 'text/html')
      .set('cookie', overrides.cookie ?? this.cookie).type('form').send(body);
    return this.remember(response);
  }

  /** Opens a page and sends its form, as a person does. */
  async answer(path: string, fields: FormFields): Promise<Response> {
    await this.get(path);
    return this.post(path, fields);
  }

  async answerAll(answers: readonly [string, FormFields][] = ANSWERS): Promise<void> {
    for (const [path, fields] of answers) {
      const response = await this.answer(path, fields);
      if (response.status !== 303) throw new Error(`${path} answered ${response.status}: ${response.text.slice(0, 500)}`);
    }
  }

  private remember(response: Response): Response {
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const journey = setCookie.find((c) => c.startsWith(`${this.cookieName}=`));
    if (journey) this.cookie = journey.split(';')[0];
    const token = /name="csrfToken" value="([^"]+)"/.exec(response.text ?? '');
    if (token) this.csrfToken = token[1];
    return response;
  }
}

/** The ids of a page's elements, to check that error summary links have targets. */
export function idsIn(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
}

export function errorLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return Array.from(summary.matchAll(/href="#([^"]+)"/g), (m) => m[1]);
}
