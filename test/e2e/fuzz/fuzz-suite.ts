import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readHearthConfig, type HearthConfig } from '@app/config';
import { closeTestDb, resetDatabase, startTestApp } from '@app/testing';
import { routeKey, routesOf, type Route } from '../route-list';
import { fuzzTarget, needsSpec, type FuzzPlan } from './fuzz-plan';
import { reportFuzzResults } from './fuzz-report';
import { fuzzEndpoint, type FuzzResult } from './fuzz-runner';
import { rowCounter } from './stored-rows';

export interface FuzzSuiteOptions<F> {
  readonly app: string;
  readonly create: (config: HearthConfig) => Promise<NestFastifyApplication>;
  readonly fixtures: (app: NestFastifyApplication) => Promise<F>;
  readonly plan: (app: NestFastifyApplication, fixtures: F) => FuzzPlan<F>;
  readonly timeoutMs: number;
  /** Settings for this app under fuzzing, e.g. serving sufficiency from a snapshot instead of recomputing England per request. */
  readonly overrides?: Partial<HearthConfig>;
}

/**
 * Fuzzes every route of an app, read from its controllers as the access matrix reads them, so a
 * new route is fuzzed the moment it exists; one that needs a spec (a body it accepts, a record
 * to reach) and has none fails until it gets one.
 */
export function describeFuzzSuite<F>(options: FuzzSuiteOptions<F>): void {
  describe(`fuzzing every endpoint and form of the ${options.app} app`, () => {
    let app: NestFastifyApplication;
    let routes: Route[];
    let plan: FuzzPlan<F>;
    let fixtures: F;

    beforeAll(async () => {
      await resetDatabase();
      app = await startTestApp(options.create, options.overrides);
      routes = routesOf(app);
      fixtures = await options.fixtures(app);
      plan = options.plan(app, fixtures);
    }, 60_000);
    afterAll(async () => {
      await app.close();
      await closeTestDb();
    });

    it('has a fuzz spec for every route that reads a body or path parameters', () => {
      const missing = routes.filter((r) => needsSpec(r) && !plan.specs[routeKey(r)]).map(routeKey);
      const stale = Object.keys(plan.specs).filter((key) => !routes.some((r) => routeKey(r) === key));
      expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    });

    it('never answers 5xx, always answers in the documented shape, and stores nothing it refuses', async () => {
      const context = { app, bodyLimit: readHearthConfig().bodyLimitBytes, countRows: await rowCounter() };
      const results: FuzzResult[] = [];
      for (const route of routes) results.push(await fuzzEndpoint(context, await fuzzTarget(route, plan, fixtures)));
      reportFuzzResults(options.app, results);
      expect(results.flatMap((r) => (r.failure ? [r.failure] : []))).toEqual([]);
    }, options.timeoutMs);
  });
}
