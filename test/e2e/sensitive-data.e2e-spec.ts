import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import pino from 'pino';
import { ConfigModule, readHearthConfig } from '@app/config';
import { PinoNestLogger } from '@app/web';
import {
  buildEnquiryRequest, closeTestDb, createOutcodeLocation, personalDataIn, personalDataInLogs, resetDatabase, startTestApp, testDb, tokenFor,
} from '@app/testing';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { WorkersModule } from '../../apps/workers/src/workers.module';
import { FormClient } from './enquiry-journey.form-client';
import { deletePrefix, dumpPrefix } from './redis-dump';
import { routeKey, routesOf } from './route-list';

const WESTMINSTER = 'E09000033';
const PERSONAL_FIELD = /e-?mail|phone|mobile|name|postcode|birth|dob|address|token|password|reference/i;

async function eventually(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  for (const until = Date.now() + ms; !(await check());) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const count = async (sql: string) => (await (await testDb()).query(sql)).rows[0].n as number;

describe('no personal data in URLs, logs, Redis or job payloads', () => {
  const config = { ...readHearthConfig(), queuePrefix: `{hearth-pd-${process.pid}-${randomBytes(3).toString('hex')}}`, outboxRelayIdleMs: 20, workerConcurrency: 4 };
  const workerLogs: string[] = [];
  let app: NestFastifyApplication;
  let workers: TestingModule;
  let redis: Redis;

  beforeAll(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', WESTMINSTER);
    app = await startTestApp(createRecruitmentApp, { queuePrefix: config.queuePrefix });
    const logger = pino({ level: 'trace' }, { write: (line: string) => void workerLogs.push(line) });
    workers = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), WorkersModule] }).setLogger(new PinoNestLogger(logger)).compile();
    await workers.init();
    redis = new Redis(config.redisUrl);
  }, 30_000);
  afterAll(async () => {
    await workers.close();
    await deletePrefix(redis, config.queuePrefix);
    redis.disconnect();
    await app.close();
    await closeTestDb();
  });

  it('keeps names, contact details, postcodes and link tokens out of Redis, job payloads and every log line', async () => {
    const http = () => app.getHttpAdapter().getInstance();
    const officer = { authorization: `Bearer ${await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`)}` };
    const enquiry = buildEnquiryRequest({ preferredContactMethod: 'sms' });
    const created = (await http().inject({ method: 'POST', url: '/api/v1/enquiries', payload: enquiry })).json();
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [created.reference]);
    const id = rows[0].id as string;
    await http().inject({ method: 'POST', url: `/api/v1/applicants/${id}/contact-attempts`, headers: officer, payload: { channel: 'phone', outcome: 'no-answer' } });
    for (const to of ['contacted', 'initial-visit']) {
      const { version } = (await http().inject({ url: `/api/v1/applicants/${id}`, headers: officer })).json();
      expect((await http().inject({ method: 'POST', url: `/api/v1/applicants/${id}/transitions`, headers: officer, payload: { to, version } })).statusCode).toBe(200);
    }
    const issued = new URL((await http().inject({ method: 'POST', url: `/api/v1/applicants/${id}/application-link`, headers: officer, payload: {} })).json().url);
    expect((await http().inject({ url: issued.pathname })).statusCode).toBe(303);
    const asker = new FormClient(app.getHttpServer());
    await asker.get('/application/new-link');
    expect((await asker.post('/application/new-link', { reference: created.reference, email: enquiry.email as string })).status).toBe(200);

    await eventually(async () => (await count(`SELECT count(*)::int AS n FROM notification WHERE template = 'application-link'`)) > 0
      && (await count(`SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL`)) === 0, 'the workers to send the new link');
    const sent = await (await testDb()).query(`SELECT personalisation->>'link' AS link FROM notification WHERE template = 'application-link'`);
    const secrets = [issued.pathname.split('/').pop()!, ...sent.rows.map((r: { link: string }) => r.link.split('/').pop()!), enquiry.email as string];

    const stored = await dumpPrefix(redis, config.queuePrefix);
    const jobs = Array.from(stored.entries()).filter(([, text]) => text.includes('"data"'));
    expect(jobs.length).toBeGreaterThan(2);
    const leaks = Array.from(stored.entries()).flatMap(([key, text]) => personalDataIn(text, secrets).map((found) => `${found} in Redis ${key}`));
    const logLeaks = [...personalDataInLogs(app, secrets), ...workerLogs.flatMap((line) => personalDataIn(line, secrets).map((found) => `${found} in ${line.slice(0, 200)}`))];
    expect({ leaks, logLeaks }).toEqual({ leaks: [], logLeaks: [] });
    // The search would have found them: it matches what the factories send, and it read real lines.
    expect(personalDataIn(JSON.stringify(enquiry), secrets)).toEqual(expect.arrayContaining(['an email address', 'a UK mobile number', 'a full postcode from the factories']));
    expect(personalDataIn(issued.href, secrets)).toContain('an application link token');
    // Staff see that a link was sent, never the link: it would open the applicant's application.
    const listed = await http().inject({ url: `/api/v1/applicants/${id}/notifications`, headers: officer });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.some((n: { template: string }) => n.template === 'application-link')).toBe(true);
    const tokens = secrets.slice(0, -1);
    const tokenLeaks = (text: string) => personalDataIn(text, tokens).filter((f) => f.startsWith('the secret') || f === 'an application link token');
    expect(tokenLeaks(listed.body)).toEqual([]);
    const exported = await http().inject({ url: `/api/v1/admin/applicants/${id}/personal-data`, headers: { authorization: `Bearer ${await tokenFor('admin', 'england')}` } });
    expect(exported.statusCode).toBe(200);
    expect(tokenLeaks(exported.body)).toEqual([]);
    expect(workerLogs.length).toBeGreaterThan(0);
    for (const [, text] of jobs) expect(Object.keys(JSON.parse(JSON.parse(text).data)).sort()).toEqual(expect.arrayContaining(['schemaVersion']));
  }, 40_000);

  it('takes no personal data in any query string, on either app', async () => {
    const matching = await startTestApp(createMatchingApp);
    try {
      const routes = [app, matching].flatMap((each) => routesOf(each));
      expect(routes.flatMap((r) => r.queryFields)).toEqual(expect.arrayContaining(['cursor', 'limit', 'format', 'page']));
      const personal = routes
        .flatMap((route) => route.queryFields.filter((field) => PERSONAL_FIELD.test(field)).map((field) => `${routeKey(route)} ?${field}`));
      expect(personal).toEqual([]);
    } finally {
      await matching.close();
    }
  });
});
