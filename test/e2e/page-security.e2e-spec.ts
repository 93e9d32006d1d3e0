import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HearthConfig } from '@app/config';
import { closeTestDb, resetDatabase, startTestApp } from '@app/testing';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { fuzzTarget, type FuzzPlan } from './fuzz/fuzz-plan';
import { createMatchingFixtures } from './fuzz/matching-fixtures';
import { matchingFuzzPlan } from './fuzz/matching.fuzz-plan';
import { createRecruitmentFixtures } from './fuzz/recruitment-fixtures';
import { recruitmentFuzzPlan } from './fuzz/recruitment.fuzz-plan';
import { encodeComponent, fillPath, queryString } from './fuzz/url-variants';
import { cookieProblems, headerProblems, markupProblems, type PageAnswer } from './page-policy';
import { isApiRoute, routeKey, routesOf } from './route-list';

interface AppUnderTest<F> {
  readonly name: string;
  readonly create: (config: HearthConfig) => Promise<NestFastifyApplication>;
  readonly fixtures: (app: NestFastifyApplication) => Promise<F>;
  readonly plan: (app: NestFastifyApplication, fixtures: F) => FuzzPlan<F>;
  /** Settings under which the app believes it is served over HTTPS. */
  readonly https: Partial<HearthConfig>;
}

const setCookies = (headers: Readonly<Record<string, unknown>>): string[] => ([] as string[]).concat((headers['set-cookie'] as string | string[] | undefined) ?? []);

async function get(app: NestFastifyApplication, url: string, headers: Record<string, string> = {}): Promise<PageAnswer & { headers: Record<string, unknown> }> {
  const answer = await app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });
  return { status: answer.statusCode, headers: answer.headers, text: answer.body };
}

/**
 * Walks every page route of an app, read from its controllers (a new page is checked the moment
 * it exists), as the person it is for, and checks the policy every answer carries and every page's markup.
 */
function describePageSecurity<F>(subject: AppUnderTest<F>): void {
  describe(`every page of the ${subject.name} app`, () => {
    let app: NestFastifyApplication;
    let fixtures: F;

    beforeAll(async () => {
      await resetDatabase();
      app = await startTestApp(subject.create);
      fixtures = await subject.fixtures(app);
    }, 60_000);
    afterAll(async () => {
      await app.close();
    });

    it('sends a CSP without unsafe-inline or unsafe-eval, with a nonce on every inline script, and the other security headers', async () => {
      const plan = subject.plan(app, fixtures);
      const pages = routesOf(app).filter((r) => r.method === 'GET' && !isApiRoute(r));
      const seen: string[] = [];
      const problems: string[] = [];
      let html = 0;
      for (const route of pages) {
        const target = await fuzzTarget(route, plan, fixtures);
        const path = fillPath(route.path, Object.fromEntries(Object.entries(target.params).map(([k, v]) => [k, encodeComponent(v)])));
        const answer = await get(app, `${path}${queryString(target.query)}`, target.headers);
        const isHtml = String(answer.headers['content-type']).startsWith('text/html');
        html += isHtml ? 1 : 0;
        seen.push(`${routeKey(route)} ${answer.status}`);
        for (const problem of [...headerProblems(answer), ...(isHtml ? markupProblems(answer) : []), ...cookieProblems(setCookies(answer.headers), false)]) {
          problems.push(`${routeKey(route)} (${answer.status}): ${problem}`);
        }
      }
      for (const url of ['/no-such-page', '/assets/govuk-frontend.min.css']) problems.push(...headerProblems(await get(app, url)).map((p) => `${url}: ${p}`));
      expect(problems).toEqual([]);
      expect(seen).toHaveLength(pages.length);
      expect(html).toBeGreaterThan(3);
    }, 60_000);

    it('answers every JSON API route with a policy that allows nothing (no nonce: nothing is rendered) and the other security headers', async () => {
      const plan = subject.plan(app, fixtures);
      const routes = routesOf(app).filter((r) => r.method === 'GET' && isApiRoute(r));
      const problems: string[] = [];
      for (const route of routes) {
        const target = await fuzzTarget(route, plan, fixtures);
        const path = fillPath(route.path, Object.fromEntries(Object.entries(target.params).map(([k, v]) => [k, encodeComponent(v)])));
        const answer = await get(app, `${path}${queryString(target.query)}`, { ...target.headers, accept: 'application/json' });
        const policy = String(answer.headers['content-security-policy']);
        if (!policy.startsWith("default-src 'none'") || policy.includes('nonce-')) problems.push(`${routeKey(route)}: ${policy}`);
        problems.push(...headerProblems(answer).map((p) => `${routeKey(route)} (${answer.status}): ${p}`));
      }
      expect(problems).toEqual([]);
      expect(routes.length).toBeGreaterThan(3);
    }, 60_000);

    it('over HTTPS keeps every cookie Secure, httpOnly, SameSite and __Host-, and asks browsers to stay on HTTPS', async () => {
      const secure = await startTestApp(subject.create, subject.https);
      try {
        const plan = subject.plan(secure, fixtures);
        const problems: string[] = [];
        let cookies = 0;
        for (const route of routesOf(secure).filter((r) => r.method === 'GET' && !isApiRoute(r) && !r.roles && !r.pageRoles)) {
          // A first visit, without a session: the answers that set cookies.
          const target = await fuzzTarget({ ...route, pageRoles: undefined }, { ...plan, sessionFor: async () => ({ client: { cookie: '', csrfToken: '' } as never, caller: 'visitor' }) }, fixtures);
          const path = fillPath(route.path, Object.fromEntries(Object.entries(target.params).map(([k, v]) => [k, encodeComponent(v)])));
          const answer = await get(secure, `${path}${queryString(target.query)}`);
          cookies += setCookies(answer.headers).length;
          problems.push(...cookieProblems(setCookies(answer.headers), true).map((p) => `${routeKey(route)}: ${p}`));
          if (!/max-age=\d{7,}/.test(String(answer.headers['strict-transport-security']))) problems.push(`${routeKey(route)}: no Strict-Transport-Security`);
          if (!/upgrade-insecure-requests/.test(String(answer.headers['content-security-policy']))) problems.push(`${routeKey(route)}: no upgrade-insecure-requests`);
        }
        expect(problems).toEqual([]);
        expect(cookies).toBeGreaterThan(0);
      } finally {
        await secure.close();
      }
    }, 60_000);
  });
}

describePageSecurity({
  name: 'recruitment', create: createRecruitmentApp, fixtures: createRecruitmentFixtures, plan: recruitmentFuzzPlan,
  https: { cookieSecure: true, publicBaseUrl: 'https://foster.example.gov.uk' },
});
describePageSecurity({ name: 'matching', create: createMatchingApp, fixtures: createMatchingFixtures, plan: matchingFuzzPlan, https: { cookieSecure: true } });

afterAll(async () => {
  await closeTestDb();
});
