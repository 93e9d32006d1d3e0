import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { StaffRole } from '@app/auth';
import type { HearthConfig } from '@app/config';
import { closeTestDb, resetDatabase, startTestApp, tokenFor } from '@app/testing';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { encodeForm } from './fuzz/form-variants';
import { callerRole, type FuzzPlan, type FuzzSpec } from './fuzz/fuzz-plan';
import { createMatchingFixtures, staffSession } from './fuzz/matching-fixtures';
import { matchingFuzzPlan } from './fuzz/matching.fuzz-plan';
import { createRecruitmentFixtures } from './fuzz/recruitment-fixtures';
import { recruitmentFuzzPlan } from './fuzz/recruitment.fuzz-plan';
import { changedTables, rowCounter } from './fuzz/stored-rows';
import { encodeComponent, fillPath, queryString } from './fuzz/url-variants';
import { isApiRoute, routeKey, routesOf, type Route } from './route-list';

/** Where a member of staff of another tenant works: Liverpool's team and council, the North East's cooperative. */
const OTHER_TENANT: Partial<Record<StaffRole, string>> = {
  'recruitment-officer': 'service:LA-E08000012', 'placement-officer': 'council:E08000012', 'rcc-analyst': 'region:E12000001',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECORD_OR_CODE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|E\d{8}|RCC-[A-Z-]+/i;

/** Whether the request names something of the owner's: a path parameter, or a record id or council code in its body or query. */
function namesTenantData<F>(spec: FuzzSpec<F>, fixtures: F): boolean {
  if (Object.keys(spec.params?.(fixtures) ?? {}).length > 0) return true;
  return RECORD_OR_CODE.test(JSON.stringify([spec.body?.(fixtures), spec.form?.(fixtures), spec.query?.(fixtures)]));
}

interface Tenanted<F> {
  readonly name: string;
  readonly create: (config: HearthConfig) => Promise<NestFastifyApplication>;
  readonly fixtures: (app: NestFastifyApplication) => Promise<F>;
  readonly plan: (app: NestFastifyApplication, fixtures: F) => FuzzPlan<F>;
}

/**
 * Every route that names a record (a path parameter, or ids in its body), called with the very
 * request its owner may make, by someone of the same role in another service, council or
 * cooperative: never 2xx, 404 for any record named by id (its existence stays hidden), 403 at
 * most for a public code, and nothing stored, not even an audit event.
 */
function describeCrossTenant<F>(subject: Tenanted<F>): void {
  it(`the ${subject.name} app shows and changes nothing of another tenant's`, async () => {
    await resetDatabase();
    const app = await startTestApp(subject.create);
    try {
      const fixtures = await subject.fixtures(app);
      const plan = subject.plan(app, fixtures);
      const countRows = await rowCounter();
      const problems: string[] = [];
      let tried = 0;
      for (const route of routesOf(app)) {
        const spec = plan.specs[routeKey(route)] as FuzzSpec<F> | undefined;
        if (!spec || !(route.roles || route.pageRoles) || !namesTenantData(spec, fixtures)) continue;
        const role = route.roles ? callerRole(route, spec as FuzzSpec<unknown>) : route.pageRoles![0];
        const scope = OTHER_TENANT[role];
        if (!scope) continue;
        const params = spec.params?.(fixtures) ?? {};
        const before = await countRows();
        const answer = await send(app, route, spec, fixtures, role, scope);
        tried++;
        const namesRecord = Object.values(params).some((v) => UUID.test(v)) || JSON.stringify(spec.body?.(fixtures) ?? {}).match(UUID) !== null;
        const allowed = namesRecord ? [404] : [403, 404];
        if (!allowed.includes(answer.statusCode)) problems.push(`${routeKey(route)} as ${role} ${scope}: ${answer.statusCode} ${answer.body.slice(0, 160)}`);
        const stored = changedTables(before, await countRows());
        if (stored.length) problems.push(`${routeKey(route)} as ${role} ${scope} stored ${stored.join(', ')}`);
      }
      expect(problems).toEqual([]);
      expect(tried).toBeGreaterThan(5);
    } finally {
      await app.close();
    }
  }, 60_000);
}

async function send<F>(app: NestFastifyApplication, route: Route, spec: FuzzSpec<F>, fixtures: F, role: StaffRole, scope: string) {
  const params = Object.fromEntries(Object.entries(spec.params?.(fixtures) ?? {}).map(([k, v]) => [k, encodeComponent(v)]));
  const url = `${fillPath(route.path, params)}${queryString(spec.query?.(fixtures) ?? {})}`;
  const method = route.method as 'GET';
  if (isApiRoute(route)) {
    const authorization = `Bearer ${await tokenFor(role, scope)}`;
    return app.inject({ method, url, headers: { authorization, accept: 'application/json' }, ...(method === 'GET' || method === 'DELETE' as string ? {} : { payload: spec.body?.(fixtures) ?? {} }) });
  }
  const session = await staffSession(app, role, scope);
  const headers = { cookie: session.cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
  return app.inject({ method, url, headers, ...(method === 'POST' as string ? { payload: encodeForm({ csrfToken: session.csrfToken, ...spec.form?.(fixtures) }) } : {}) });
}

describe('cross-tenant requests, generated from the routes and the fuzzers\' fixtures', () => {
  afterAll(async () => {
    await closeTestDb();
  });
  describeCrossTenant({ name: 'recruitment', create: createRecruitmentApp, fixtures: createRecruitmentFixtures, plan: recruitmentFuzzPlan });
  describeCrossTenant({ name: 'matching', create: createMatchingApp, fixtures: createMatchingFixtures, plan: matchingFuzzPlan });
});
