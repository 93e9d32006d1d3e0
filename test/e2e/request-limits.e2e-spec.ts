import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readHearthConfig } from '@app/config';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { buildEnquiryRequest, closeTestDb, resetDatabase, startTestApp, testDb } from '@app/testing';
import { FormClient } from './enquiry-journey.form-client';
import { errorBody } from './error-bodies';

const tooLarge = errorBody(413, 'Payload Too Large', 'REQUEST.PAYLOAD_TOO_LARGE', 'The request body is too large');
const rateLimited = errorBody(429, 'Too Many Requests', 'REQUEST.RATE_LIMITED', 'Too many requests: wait a minute and try again');
const LIMIT = readHearthConfig().bodyLimitBytes;

/**
 * A client address no other run has used this minute: rate-limit counters live in Redis, shared by
 * every test process. IPv4 (shared-address space), because the limiter counts IPv6 clients by /56.
 */
const freshClient = () => {
  const [a, b, c] = randomBytes(3);
  return `100.${64 + (a % 64)}.${b}.${c}`;
};
const rowsIn = async (table: string) => (await (await testDb()).query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

describe('request limits: body size, public submissions and staff sign-in', () => {
  let recruitment: NestFastifyApplication;
  let matching: NestFastifyApplication;

  beforeAll(async () => {
    await resetDatabase();
    recruitment = await startTestApp(createRecruitmentApp);
    matching = await startTestApp(createMatchingApp);
  });
  afterAll(async () => {
    await Promise.all([recruitment.close(), matching.close()]);
    await closeTestDb();
  });

  it.each([
    ['recruitment', () => recruitment, '/api/v1/enquiries', 'enquiry'],
    ['matching', () => matching, '/api/v1/referrals', 'referral'],
  ])('the %s app answers a JSON body over BODY_LIMIT_BYTES with 413 and the error body, and stores nothing', async (_, app, url, table) => {
    const payload = JSON.stringify({ ...buildEnquiryRequest(), padding: 'x'.repeat(LIMIT) });
    const answer = await app().inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
    expect([answer.statusCode, answer.json()]).toEqual([413, tooLarge]);
    expect(await rowsIn(table)).toBe(0);
    const justUnder = await app().inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ padding: 'x'.repeat(LIMIT - 100) }) });
    expect(justUnder.statusCode).not.toBe(413);
  });

  it('answers an oversized form with a GOV.UK page under the strict CSP, not a stack or a blank page', async () => {
    const client = new FormClient(recruitment.getHttpServer());
    await client.get('/name');
    const page = await client.post('/name', { firstName: 'x'.repeat(LIMIT), lastName: 'Okafor' });
    expect(page.status).toBe(413);
    expect(page.text).toContain('Sorry, we could not read what you sent');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
  });

  it('limits public enquiries per client, and a client cannot reset its budget by claiming another address', async () => {
    const strict = await startTestApp(createRecruitmentApp, { rateLimitPublicPerMinute: 2 });
    try {
      // A client on the internet (not a trusted proxy) sending X-Forwarded-For: the header is ignored.
      const direct = { remoteAddress: '203.0.113.7' };
      const spoofing = () => strict.inject({
        method: 'POST', url: '/api/v1/enquiries', ...direct, headers: { 'x-forwarded-for': freshClient() }, payload: buildEnquiryRequest(),
      });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await spoofing()).statusCode);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
      const refused = await spoofing();
      expect([refused.statusCode, refused.json(), refused.headers['retry-after']]).toEqual([429, rateLimited, expect.any(String)]);
      // Behind a trusted proxy (loopback here) each real client has its own budget.
      const viaProxy = await strict.inject({ method: 'POST', url: '/api/v1/enquiries', headers: { 'x-forwarded-for': freshClient() }, payload: buildEnquiryRequest() });
      expect(viaProxy.statusCode).toBe(201);
    } finally {
      await strict.close();
    }
  });

  it('limits staff sign-in attempts per client on each way in: the form, the OpenID Connect start and its callback', async () => {
    const strict = await startTestApp(createMatchingApp, { rateLimitSignInPerMinute: 3 });
    try {
      const client = freshClient();
      const attempt = (url: string, method: 'GET' | 'POST', accept = 'text/html') => strict.inject({
        method, url, headers: { 'x-forwarded-for': client, accept, 'content-type': 'application/x-www-form-urlencoded' },
        ...(method === 'POST' ? { payload: 'subject=guess&role=admin&scope=england' } : {}),
      });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await attempt('/sign-in', 'POST')).statusCode);
      expect(statuses).toEqual([403, 403, 403]);
      const page = await attempt('/sign-in', 'POST');
      expect([page.statusCode, page.headers['content-type'], page.headers['retry-after']]).toEqual([429, 'text/html; charset=utf-8', expect.any(String)]);
      expect(page.body).toContain('Sorry, there have been too many attempts to sign in');
      expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
      // Without OpenID Connect configured these answer 404, but each still counts against the client.
      for (const url of ['/sign-in/oidc', '/sign-in/callback?code=x&state=y']) {
        const answers = [];
        for (let i = 0; i < 4; i++) answers.push(await attempt(url, 'GET', 'application/json'));
        expect([url, answers.map((a) => a.statusCode), answers[3].json()]).toEqual([url, [404, 404, 404, 429], rateLimited]);
      }
      // Reading the sign-in page is not an attempt, and another client is not held back.
      expect((await attempt('/sign-in', 'GET')).statusCode).toBe(200);
      const other = await strict.inject({ method: 'POST', url: '/sign-in', headers: { 'x-forwarded-for': freshClient(), accept: 'text/html' } });
      expect(other.statusCode).toBe(403);
    } finally {
      await strict.close();
    }
  });
});
