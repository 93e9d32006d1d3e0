import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getMetadataStorage } from 'class-validator';
import { PUBLIC_ROUTE_KEY, ROLES_KEY, STAFF_PAGE_ROLES_KEY, type StaffRole } from '@app/auth';

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly StaffRole[] | undefined;
  readonly publicBecause: string | undefined;
  /** Staff pages signed in with a session cookie (StaffPageRoles). */
  readonly pageRoles: readonly StaffRole[] | undefined;
  /** Whether the handler reads a body, the query or path parameters (its @Body, @Query, @Param). */
  readonly reads: { readonly body: boolean; readonly query: boolean; readonly params: boolean };
  /** The query parameters it reads by name: @Query('page'), or each field of its @Query() DTO. */
  readonly queryFields: readonly string[];
}

/** "POST /api/v1/referrals/:id/match-search": how suites name a route. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** The JSON API lives under /api/; everything else answers browsers (pages, forms) or operators (health). */
export const isApiRoute = (route: Pick<Route, 'path'>): boolean => route.path.startsWith('/api/');

/**
 * Every route the app serves, read from its controllers' own metadata, so a new route is in
 * every generated suite (access matrix, fuzzing, page headers) the moment it exists.
 */
export function routesOf(app: NestFastifyApplication): Route[] {
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
            reads: readsOf(controller, name),
            queryFields: queryFieldsOf(controller, name),
          });
        }
      }
    }
  }
  return routes;
}

function readsOf(controller: object, method: string): Route['reads'] {
  const args = Object.keys(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {});
  const uses = (type: RouteParamtypes) => args.some((key) => key.split(':')[0] === String(type));
  return { body: uses(RouteParamtypes.BODY), query: uses(RouteParamtypes.QUERY), params: uses(RouteParamtypes.PARAM) };
}

function queryFieldsOf(controller: new (...args: never[]) => object, method: string): string[] {
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as Function[];
  return Object.entries(args as Record<string, { index: number; data?: unknown }>)
    .filter(([key]) => key.split(':')[0] === String(RouteParamtypes.QUERY))
    .flatMap(([, arg]) => (typeof arg.data === 'string' ? [arg.data]
      : getMetadataStorage().getTargetValidationMetadatas(types[arg.index], '', true, false).map((m) => m.propertyName)))
    .filter((field, i, all) => all.indexOf(field) === i);
}
