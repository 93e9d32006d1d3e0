import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { CreateEnquiryUseCase } from '../../apps/recruitment/src/enquiries/create-enquiry.use-case';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp, testDb } from '@app/testing';
import { ANSWERS, FormClient } from './enquiry-journey.form-client';

const enquiryCount = async () => (await (await testDb()).query(`SELECT count(*)::int AS n FROM enquiry`)).rows[0].n;

describe('enquiry journey: forgery, repeats, headers and error pages', () => {
  let app: NestFastifyApplication;
  let client: FormClient;
  const server = () => app.getHttpServer();

  beforeAll(async () => {
    app = await startTestApp(createRecruitmentApp);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', 'E09000033');
    client = new FormClient(server());
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('refuses a form without its session token with a 403 page, and saves nothing', async () => {
    await client.get('/eligibility');
    const fields = ANSWERS[0][1];
    const wrong = await client.post('/eligibility', fields, { csrfToken: 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    expect(wrong.text).toContain('Sorry, we could not accept that form');
    expect((await client.post('/eligibility', fields, { cookie: '' })).status).toBe(403);
    // A character in the middle: the last base64 character can carry only padding bits.
    const middle = Math.floor(client.cookie.length / 2);
    const tampered = client.cookie.slice(0, middle) + (client.cookie[middle] === 'A' ? 'B' : 'A') + client.cookie.slice(middle + 1);
    expect((await client.post('/eligibility', fields, { cookie: tampered })).status).toBe(403);
    const api = await request(server()).post('/name').type('form').send('firstName=Sam');
    expect([api.status, api.body.code]).toEqual([403, 'REQUEST.CSRF_FAILED']);
    expect((await client.get('/name')).headers.location).toBe('/eligibility');
  });

  it('creates one enquiry when the final form is posted twice, at once or later', async () => {
    await client.answerAll();
    await client.get('/check-answers');
    const before = { cookie: client.cookie, csrfToken: client.csrfToken };
    const both = await Promise.all([client.post('/check-answers', {}, before), client.post('/check-answers', {}, before)]);
    expect(both.map((r) => [r.status, r.headers.location])).toEqual([[303, '/confirmation'], [303, '/confirmation']]);
    expect((await client.post('/check-answers', {}, before)).headers.location).toBe('/confirmation');
    expect((await client.post('/check-answers', {})).headers.location).toBe('/confirmation');
    expect(await enquiryCount()).toBe(1);
  });

  it('after a send whose answer was lost and a changed answer, goes back to the answers and sends the change once', async () => {
    await client.answerAll();
    await client.get('/check-answers');
    const lost = { cookie: client.cookie, csrfToken: client.csrfToken };
    await client.post('/check-answers', {}, lost);
    client.cookie = lost.cookie;
    await client.post('/name?change=true', { firstName: 'Samuel', lastName: 'Okafor' });
    expect((await client.post('/check-answers', {})).headers.location).toBe('/check-answers');
    expect((await client.post('/check-answers', {})).headers.location).toBe('/confirmation');
    const { rows } = await (await testDb()).query(`SELECT first_name FROM enquiry ORDER BY created_at`);
    expect(rows).toEqual([{ first_name: 'Sam' }, { first_name: 'Samuel' }]);
  });

  it('sends a nonce-based Content-Security-Policy without unsafe-inline, and other security headers', async () => {
    const page = await client.get('/eligibility');
    const csp = page.headers['content-security-policy'];
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
    expect(csp).toContain("default-src 'self'");
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(csp)![1];
    expect(page.text.match(/<script[^>]*>/g)).toEqual([`<script nonce="${nonce}">`, `<script type="module" nonce="${nonce}">`]);
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'no-store' });
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('still serves Swagger UI at /api/docs under its own, looser policy', async () => {
    const docs = await request(server()).get('/api/docs').expect(200);
    expect(docs.text).toContain('swagger-ui-bundle.js');
    expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    await request(server()).get('/api/docs/swagger-ui-init.js').expect(200);
  });

  it('serves GOV.UK Frontend: stylesheet, ES-module script and fonts under /assets, nothing else of the package', async () => {
    expect((await request(server()).get('/assets/govuk-frontend.min.css').expect(200)).headers['content-type']).toMatch(/^text\/css/);
    expect((await request(server()).get('/assets/govuk-frontend.min.js').expect(200)).headers['content-type']).toMatch(/javascript/);
    await request(server()).get('/assets/fonts/bold-b542beb274-v2.woff2').expect(200);
    await request(server()).get('/assets/template.njk').expect(404);
  });

  it('shows browsers a "Page not found" page and a 500 page that reveals nothing', async () => {
    const missing = await client.get('/no-such-page');
    expect([missing.status, /<h1[^>]*>Page not found<\/h1>/.test(missing.text)]).toEqual([404, true]);
    await client.answerAll();
    await client.get('/check-answers');
    const spy = jest.spyOn(CreateEnquiryUseCase.prototype, 'execute').mockRejectedValueOnce(new Error('disk on fire at /srv/secret.ts:12'));
    const failed = await client.post('/check-answers', {});
    spy.mockRestore();
    expect(failed.status).toBe(500);
    expect(failed.text).toContain('Sorry, there is a problem with the service');
    expect(failed.text).not.toMatch(/disk on fire|secret\.ts|    at /);
  });

  it('uses a Secure __Host- cookie when COOKIE_SECURE is on, and a 429 page when submissions are rate limited', async () => {
    const strict = await startTestApp(createRecruitmentApp, { cookieSecure: true, rateLimitPublicPerMinute: 1 });
    try {
      const page = await request(strict.getHttpServer()).get('/eligibility').set('accept', 'text/html');
      expect(page.headers['set-cookie'][0]).toMatch(/^__Host-hearth-enquiry=v1\.[\w-]+; Max-Age=7200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
      const posts = [];
      for (let i = 0; i < 3; i++) posts.push(await request(strict.getHttpServer()).post('/check-answers').set('accept', 'text/html').type('form').send(''));
      const limited = posts.find((r) => r.status === 429);
      expect(limited?.text).toContain('Sorry, there have been too many attempts');
    } finally {
      await strict.close();
    }
  });
});
