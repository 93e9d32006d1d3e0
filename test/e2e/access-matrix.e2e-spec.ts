import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { STAFF_ROLES, type StaffRole } from '@app/auth';
import type { HearthConfig } from '@app/config';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, startTestApp, tokenFor } from '@app/testing';
import { plainRoutePolicies } from '@app/web';
import { routesOf, type Route } from './route-list';

const ROLE_REFUSED = 'Your role does not allow this';
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, (param) => (/code/i.test(param) ? 'E09000033' : SOME_ID));

describe.each([
  ['recruitment', createRecruitmentApp],
  ['matching', createMatchingApp],
] as const)('the %s app\'s access matrix', (_, create: (config: HearthConfig) => Promise<NestFastifyApplication>) => {
  let app: NestFastifyApplication;
  let routes: Route[];
  const tokens = new Map<StaffRole, string>();

  beforeAll(async () => {
    app = await startTestApp(create);
    routes = routesOf(app);
    for (const role of STAFF_ROLES) tokens.set(role, await tokenFor(role, 'england'));
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('declares a policy for every route: roles, staff-page roles, or why it is public', () => {
    expect(routes.length).toBeGreaterThan(3);
    const undeclared = routes.filter((r) => [r.roles, r.publicBecause, r.pageRoles].filter(Boolean).length !== 1).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 to every staff route without a token, and 403 to every role it does not allow', async () => {
    const seen: string[] = [];
    for (const route of routes.filter((r) => r.roles)) {
      const send = (token?: string) => {
        const req = request(app.getHttpServer())[route.method.toLowerCase() as 'get'](concrete(route.path));
        if (token) req.set('authorization', `Bearer ${token}`);
        return route.method === 'GET' || route.method === 'DELETE' ? req : req.send({});
      };
      expect([route.path, (await send()).body.code]).toEqual([route.path, 'AUTH.UNAUTHENTICATED']);
      for (const role of STAFF_ROLES) {
        const { status, body } = await send(tokens.get(role));
        const allowed = route.roles!.includes(role);
        seen.push(`${route.method} ${route.path} ${role} ${status}`);
        // An allowed role may still be refused for its scope (a national token acting for one council), never for its role.
        if (allowed) expect([route.path, role, status === 401 || body.message === ROLE_REFUSED]).toEqual([route.path, role, false]);
        else expect([route.path, role, status, body.code]).toEqual([route.path, role, 403, 'AUTH.FORBIDDEN']);
        expect([route.path, role, status < 500]).toEqual([route.path, role, true]);
      }
    }
    expect(seen.length).toBe(routes.filter((r) => r.roles).length * STAFF_ROLES.length);
  }, 60_000);
});

/**
 * Routes a Fastify plugin serves (bull-board at /admin/queues) are not Nest controllers, so the
 * matrix above cannot see them: they are declared with guardPlainRoutes and checked here.
 */
describe('the recruitment app\'s plain Fastify routes (the queue dashboard)', () => {
  let app: NestFastifyApplication;
  const tokens = new Map<StaffRole, string>();

  beforeAll(async () => {
    // A queue prefix of its own: nothing an admin's request does here can touch another suite's queues.
    app = await startTestApp(createRecruitmentApp, { queuePrefix: `{hearth-test-matrix-${process.pid}}` });
    for (const role of STAFF_ROLES) tokens.set(role, await tokenFor(role, 'england'));
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('declares the dashboard\'s page, API and assets as admin-only', () => {
    const declared = plainRoutePolicies(app.getHttpServer()).map((r) => `${r.method} ${r.url} ${r.roles.join(',')}`);
    expect(declared).toEqual(expect.arrayContaining([
      'GET /admin/queues admin', 'GET /admin/queues/static/* admin', 'GET /admin/queues/api/queues admin',
      'PUT /admin/queues/api/queues/:queueName/retry/:queueStatus admin',
    ]));
    expect(declared.filter((d) => !/^[A-Z]+ \/admin\/queues(\/\S*)? admin$/.test(d))).toEqual([]);
  });

  it('answers 401 without a token and 403 to every role it does not allow, on every declared route', async () => {
    const policies = plainRoutePolicies(app.getHttpServer());
    for (const route of policies) {
      const path = concrete(route.url).replace('*', 'x');
      const send = (token?: string) => {
        const req = request(app.getHttpServer())[route.method.toLowerCase() as 'get'](path);
        return token ? req.set('authorization', `Bearer ${token}`) : req;
      };
      expect([route.method, path, (await send()).body.code]).toEqual([route.method, path, 'AUTH.UNAUTHENTICATED']);
      for (const role of STAFF_ROLES.filter((r) => !route.roles.includes(r))) {
        const { status, body } = await send(tokens.get(role));
        expect([route.method, path, role, status, body.code]).toEqual([route.method, path, role, 403, 'AUTH.FORBIDDEN']);
      }
      // Reads only: an allowed admin gets past the guard and no 5xx (changes are the dashboard's own business).
      if (route.method !== 'GET') continue;
      for (const role of route.roles) {
        const { status } = await send(tokens.get(role));
        expect([route.method, path, role, status === 401 || status === 403 || status >= 500]).toEqual([route.method, path, role, false]);
      }
    }
  }, 60_000);
});
