import type { StaffRole } from '@app/auth';
import { tokenFor } from '@app/testing';
import { FormClient } from '../enquiry-journey.form-client';
import { isApiRoute, routeKey, type Route } from '../route-list';
import { fieldsOfPage, type FormFields } from './form-variants';
import type { FuzzTarget } from './fuzz-request';
import { fillPath, type QueryValues } from './url-variants';

/**
 * What the fuzzer needs to know about one endpoint beyond its route: a record the caller may
 * reach (path parameters), and a body or query it accepts, from which the hostile ones are made.
 */
export interface FuzzSpec<F> {
  readonly as?: { readonly role: StaffRole; readonly scope: string };
  readonly params?: (fixtures: F) => Record<string, string>;
  readonly query?: (fixtures: F) => QueryValues;
  readonly body?: (fixtures: F) => Record<string, unknown>;
  /** Only if the fields cannot be read from the form's own page. */
  readonly form?: (fixtures: F) => FormFields;
  readonly runs?: number;
}

/** A page session: its cookie, the form token its pages carry, and who it is. */
export interface PageSession {
  readonly client: FormClient;
  readonly caller: string;
}

export interface FuzzPlan<F> {
  readonly specs: Readonly<Record<string, FuzzSpec<F>>>;
  /** The scope each role calls the bearer-token API with, unless a spec says otherwise. */
  readonly scopes: Readonly<Record<StaffRole, string>>;
  /** The session a page route is used in (public journey, applicant link, signed-in staff…). */
  readonly sessionFor: (route: Route) => Promise<PageSession>;
}

/** Routes that read a body or path parameters cannot be fuzzed meaningfully without a spec (a body they accept, a record to reach). */
export function needsSpec(route: Route): boolean {
  return isApiRoute(route) ? route.reads.body || route.reads.params : route.reads.params;
}

/** Inputs per endpoint: most where there is a body to get wrong, fewest where only headers and a stray query can vary. */
export const DEFAULT_RUNS = { withBody: 40, withParamsOrQuery: 20, fixed: 10 };

function defaultRuns(route: Route): number {
  if (['POST', 'PUT', 'PATCH'].includes(route.method)) return DEFAULT_RUNS.withBody;
  return route.reads.params || route.reads.query || route.path.includes(':') ? DEFAULT_RUNS.withParamsOrQuery : DEFAULT_RUNS.fixed;
}

/** A role to call a staff route as: the least powerful one allowed, so scope rules apply as they do for most callers. */
export function callerRole(route: Route, spec: FuzzSpec<unknown> | undefined): StaffRole {
  if (spec?.as) return spec.as.role;
  return route.roles!.find((role) => role !== 'admin') ?? 'admin';
}

/** Everything needed to fuzz one route: caller, valid request parts, and for a form the fields its page offers. */
export async function fuzzTarget<F>(route: Route, plan: FuzzPlan<F>, fixtures: F): Promise<FuzzTarget> {
  const spec = plan.specs[routeKey(route)] as FuzzSpec<F> | undefined;
  const kind = isApiRoute(route) ? 'api' : 'page';
  const params = spec?.params?.(fixtures) ?? {};
  const takesBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  const runs = spec?.runs ?? defaultRuns(route);
  const common = { route, kind, params, query: spec?.query?.(fixtures) ?? {}, body: spec?.body?.(fixtures), runs } as const;
  if (route.roles) {
    const role = callerRole(route, spec as FuzzSpec<unknown>);
    const scope = spec?.as?.scope ?? plan.scopes[role];
    return { ...common, headers: { authorization: `Bearer ${await tokenFor(role, scope)}` }, caller: `${role} ${scope}` };
  }
  if (kind === 'api') return { ...common, headers: {}, caller: 'anyone' };
  const session = await plan.sessionFor(route);
  const form = takesBody ? spec?.form?.(fixtures) ?? (await fieldsOfItsPage(route, params, session)) : undefined;
  return { ...common, form, headers: { cookie: session.client.cookie }, csrfToken: session.client.csrfToken, caller: session.caller };
}

/** The fields of the page that shows the form (GET on the same path), read with the session's cookie. */
async function fieldsOfItsPage(route: Route, params: Record<string, string>, session: PageSession): Promise<FormFields> {
  const page = await session.client.get(fillPath(route.path, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]))));
  return page.status === 200 ? fieldsOfPage(page.text) : {};
}
