import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { PUBLIC_ROUTE_KEY, ROLES_KEY, STAFF_PAGE_ROLES_KEY, STAFF_ROLES, type StaffRole } from '@app/auth';
import type { HearthConfig } from '@app/config';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, startTestApp, tokenFor } from '@app/testing';

interface Route {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly StaffRole[] | undefined;
  readonly publicBecause: string | undefined;
  /** Staff pages signed in with a session cookie: covered by their own tests, not the bearer-token matrix. */
  readonly pageRoles: readonly StaffRole[] | undefined;
}

/** Every route the app serves, read from its controllers' own metadata, so a new route is in the matrix at once. */
function routesOf(app: NestFastifyApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name as keyof object] as unknown;
        if (typeof handler !== 'function' || name === 'constructor' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const paths = [Reflect.getMetadata(PATH_METADATA, handler)].flat() as string[];
        for (const path of paths) {
          routes.push({
            method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
            path: `/${[base, path].map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`,
            roles: Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller),
            publicBecause: Reflect.getMetadata(PUBLIC_ROUTE_KEY, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE_KEY, controller),
            pageRoles: Reflect.getMetadata(STAFF_PAGE_ROLES_KEY, handler) ?? Reflect.getMetadata(STAFF_PAGE_ROLES_KEY, controller),
          });
        }
      }
    }
  }
  return routes;
}

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
