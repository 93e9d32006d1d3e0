import type { FastifyRequest } from 'fastify';
import { loggableRoute } from './request-log';

const request = (url: string, route?: string) => ({ url, routeOptions: { url: route } }) as unknown as FastifyRequest;

describe('loggableRoute', () => {
  it.each([
    ['a link token stays out', '/apply/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1', '/apply/:token', '/apply/:token'],
    ['a query string is only noted', '/api/v1/enquiries?email=sam@example.com', '/api/v1/enquiries', '/api/v1/enquiries?…'],
    ['an unknown path is not written', '/sam@example.com/secret', undefined, '[no route]'],
  ])('%s', (_name, url, route, expected) => {
    expect(loggableRoute(request(url, route))).toBe(expected);
  });
});
