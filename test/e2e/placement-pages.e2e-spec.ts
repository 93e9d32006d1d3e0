import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp, testDb, tokenFor } from '@app/testing';

const MANCHESTER = 'E08000003';
const LIVERPOOL = 'E08000012';
const html = { accept: 'text/html' };

/** A browser without a browser: keeps the staff session cookie and reads each page's form token. */
class StaffBrowser {
  cookie = '';
  csrfToken = '';
  constructor(private readonly server: unknown) {}

  async get(path: string) {
    const page = await request(this.server as never).get(path).set(html).set('cookie', this.cookie);
    this.remember(page);
    return page;
  }

  async post(path: string, fields: Record<string, string>, csrfToken = this.csrfToken) {
    const answer = await request(this.server as never).post(path).set(html).set('cookie', this.cookie).type('form').send({ ...fields, csrfToken });
    this.remember(answer);
    return answer;
  }

  async signIn(scope: string, role = 'placement-officer') {
    await this.get('/sign-in');
    const answer = await this.post('/sign-in', { subject: 'dev.officer', role, scope });
    expect([answer.status, answer.headers.location]).toEqual([303, '/']);
    await this.get('/');
    return answer;
  }

  private remember(answer: request.Response): void {
    const set = ([] as string[]).concat(answer.headers['set-cookie'] ?? []).find((c) => /^(__Host-)?hearth-staff=/.test(c));
    if (set) this.cookie = set.split(';')[0];
    const token = /name="csrfToken" value="([^"]+)"/.exec(answer.text ?? '');
    if (token) this.csrfToken = token[1];
  }
}

describe('placement pages: sign-in, forgery, scope and cookies', () => {
  let app: NestFastifyApplication;
  const server = () => app.getHttpServer();

  const referManchester = async () => {
    const officer = await tokenFor('placement-officer', `council:${MANCHESTER}`);
    const created = await request(server()).post('/api/v1/referrals').set('authorization', `Bearer ${officer}`)
      .send({ placingCouncilCode: MANCHESTER, children: [{ ageYears: 9 }], familyHomePostcode: 'M1 1AE', fosteringType: 'short-term' }).expect(201);
    return created.body.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('M1', MANCHESTER, 'E', { latitude: 53.4794, longitude: -2.2453 });
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('offers the development sign-in outside production, then shows the council\'s open referrals', async () => {
    const browser = new StaffBrowser(server());
    expect((await browser.get('/')).headers.location).toBe('/sign-in');
    const form = await browser.get('/sign-in');
    expect([form.status, form.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(form.text).toContain('Sign in (development)');
    const refused = await browser.post('/sign-in', { subject: '', role: 'nobody', scope: 'council:nowhere' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<title>Error: Sign in (development)');
    const id = await referManchester();
    await browser.signIn(`council:${MANCHESTER}`);
    const start = await browser.get('/');
    expect([start.status, start.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(start.text).toContain(`href="/referrals/${id}"`);
  });

  it('has no development sign-in in production: the page says sign-in is not configured, and a post finds nothing', async () => {
    const production = await startTestApp(createMatchingApp, { nodeEnv: 'production' });
    try {
      const browser = new StaffBrowser(production.getHttpServer());
      const page = await browser.get('/sign-in');
      expect([page.status, page.text.includes('Sign-in is not configured'), page.text.includes('name="role"')]).toEqual([200, true, false]);
      const post = await browser.post('/sign-in', { subject: 'intruder', role: 'admin', scope: 'england' });
      expect([post.status, post.text.includes('Page not found'), post.headers['set-cookie']]).toEqual([404, true, undefined]);
      expect((await browser.get('/sign-in/oidc')).status).toBe(404);
      expect((await browser.get('/')).headers.location).toBe('/sign-in');
    } finally {
      await production.close();
    }
  });

  it('refuses a form without the session\'s token with a 403 page, and saves nothing', async () => {
    const browser = new StaffBrowser(server());
    await browser.get('/sign-in');
    expect((await browser.post('/sign-in', { subject: 'x', role: 'placement-officer', scope: 'england' }, 'forged')).status).toBe(403);
    await browser.signIn(`council:${MANCHESTER}`);
    const fields = { children: '1', zones: '0', 'children.0.ageYears': '9', familyHomePostcode: 'M1 1AE', fosteringType: 'short-term' };
    const forged = await browser.post('/referrals/new/details', fields, 'x'.repeat(32));
    expect([forged.status, forged.text.includes('You cannot do that')]).toEqual([403, true]);
    expect((await browser.post('/referrals/new/details', fields, '')).status).toBe(403);
    expect((await browser.post('/sign-out', {}, 'forged')).status).toBe(403);
    const { rows } = await (await testDb()).query(`SELECT count(*)::int AS n FROM referral`);
    expect(rows[0].n).toBe(0);
    const made = await browser.post('/referrals/new/details', fields);
    expect([made.status, made.headers.location]).toEqual([303, expect.stringMatching(/^\/referrals\/[0-9a-f-]{36}$/)]);
  });

  it("lists a referral's placements on its page, each with a way to end it, and audits each one shown", async () => {
    const id = await referManchester();
    const admin = await tokenFor('admin', 'england');
    const officer = await tokenFor('placement-officer', `council:${MANCHESTER}`);
    const home = await request(server()).post('/api/v1/households').set('authorization', `Bearer ${admin}`).send({
      serviceCode: `LA-${MANCHESTER}`, postcode: 'M1 2AB', approvalStatus: 'approved', yearsFostering: 3, weeklyCostPounds: 450,
      terms: { minAge: 0, maxAge: 17, maxChildren: 2, fosteringTypes: ['short-term'] },
    }).expect(201);
    const booked = await request(server()).post('/api/v1/placements').set('authorization', `Bearer ${officer}`)
      .send({ referralId: id, householdId: home.body.id }).expect(201);
    const placementId = booked.body.placements[0].id as string;
    const manchester = new StaffBrowser(server());
    await manchester.signIn(`council:${MANCHESTER}`);
    const page = await manchester.get(`/referrals/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Placements</caption>');
    expect(page.text).toContain(`href="/placements/${placementId}/end"`);
    const { rows } = await (await testDb()).query(`SELECT action FROM audit_event WHERE entity_type = 'placement' AND entity_id = $1`, [placementId]);
    expect(rows.map((r: { action: string }) => r.action)).toContain('read');
  });

  it("shows another council's referral as Page not found, and never reads it", async () => {
    const id = await referManchester();
    const liverpool = new StaffBrowser(server());
    await liverpool.signIn(`council:${LIVERPOOL}`);
    for (const path of [`/referrals/${id}`, `/referrals/${id}/matches`, `/referrals/${id}/compare?home=a&home=b`, '/referrals/not-an-id']) {
      const page = await liverpool.get(path);
      expect([path, page.status, page.text.includes('<h1 class="govuk-heading-l">Page not found</h1>')]).toEqual([path, 404, true]);
    }
    const { rows } = await (await testDb()).query(`SELECT action FROM audit_event WHERE entity_id = $1`, [id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create']);
    const recruiter = new StaffBrowser(server());
    await recruiter.signIn(`council:${MANCHESTER}`, 'recruitment-officer');
    expect((await recruiter.get(`/referrals/${id}`)).status).toBe(403);
  });

  it('keeps the session in an encrypted, httpOnly, SameSite=Lax cookie for a working day, Secure over HTTPS', async () => {
    const answer = await new StaffBrowser(server()).signIn(`council:${MANCHESTER}`);
    const cookie = ([] as string[]).concat(answer.headers['set-cookie']).find((c) => c.startsWith('hearth-staff='))!;
    expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=28800', 'Path=/', 'SameSite=Lax']);
    expect(cookie).not.toContain('dev.officer');
    const secure = await startTestApp(createMatchingApp, { cookieSecure: true });
    try {
      const https = await new StaffBrowser(secure.getHttpServer()).signIn(`council:${MANCHESTER}`);
      const flags = ([] as string[]).concat(https.headers['set-cookie']).find((c) => c.startsWith('__Host-hearth-staff='))!;
      expect(flags.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=28800', 'Path=/', 'SameSite=Lax', 'Secure']);
    } finally {
      await secure.close();
    }
  });

  it('signs out: the cookie is cleared and the pages ask for sign-in again', async () => {
    const browser = new StaffBrowser(server());
    await browser.signIn(`council:${MANCHESTER}`);
    const out = await browser.post('/sign-out', {});
    expect([out.status, out.headers.location]).toEqual([303, '/signed-out']);
    expect(([] as string[]).concat(out.headers['set-cookie'])[0]).toMatch(/^hearth-staff=;.*Expires=Thu, 01 Jan 1970/);
    browser.cookie = '';
    expect((await browser.get('/')).headers.location).toBe('/sign-in');
  });
});
