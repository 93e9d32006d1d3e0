import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp } from '@app/testing';
import { errorBody } from './error-bodies';

describe.each([
  ['recruitment', createRecruitmentApp],
  ['matching', createMatchingApp],
])('%s operations endpoints', (_, create) => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp(create);
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports PostgreSQL and Redis healthy', async () => {
    const { body } = await request(app.getHttpServer()).get('/health').expect(200);
    expect(body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('serves its OpenAPI document', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toContain('/health');
  });

  it('answers an unknown route with the error shape', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(body).toEqual(errorBody(404, 'Not Found', 'REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint'));
  });
});

describe('health when Redis is unreachable', () => {
  it('answers 503 and names the dependency that is down', async () => {
    const app = await startTestApp(createMatchingApp, { redisUrl: 'redis://127.0.0.1:1' });
    const { body } = await request(app.getHttpServer()).get('/health').expect(503);
    expect(body).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });
    await app.close();
  });
});

describe('matching geography API', () => {
  let app: NestFastifyApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
  });
  beforeEach(resetDatabase);
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('lists the 9 regions and the 153 councils with children\'s services', async () => {
    expect((await get('/api/v1/regions').expect(200)).body).toHaveLength(9);
    const councils = (await get('/api/v1/councils').expect(200)).body;
    expect(councils).toHaveLength(153);
    expect((await get('/api/v1/councils?region=E12000007').expect(200)).body).toHaveLength(33);
  });

  it('gives a council with its neighbours', async () => {
    const { body } = await get('/api/v1/councils/E08000003').expect(200);
    expect(body).toMatchObject({ code: 'E08000003', name: 'Manchester', regionCode: 'E12000002' });
    expect(body.neighbours).toContain('E08000006');
  });

  it('answers 404 for an unknown council', async () => {
    expect((await get('/api/v1/councils/E09999999').expect(404)).body.code).toBe('GEO.COUNCIL_NOT_FOUND');
  });

  it('says plainly that no postcode directory is imported, and how to import one', async () => {
    const { body } = await get('/api/v1/postcodes/SW1A%201AA').expect(404);
    expect(body.code).toBe('GEO.NO_DIRECTORY_IMPORTED');
    expect(body.message).toContain('npm run geo:import -- ');
  });

  it('locates a postcode by its outward code once centroids are imported', async () => {
    await createOutcodeLocation('SW1A', 'E09000033', 'E', { latitude: 51.501, longitude: -0.141 });
    expect((await get('/api/v1/postcodes/sw1a1aa').expect(200)).body).toEqual({
      postcode: 'SW1A 1AA', precision: 'outward-code', latitude: 51.501, longitude: -0.141, councilCode: 'E09000033', country: 'E',
    });
    expect((await get('/api/v1/postcodes/M1%201AE').expect(404)).body.code).toBe('GEO.POSTCODE_NOT_FOUND');
    expect((await get('/api/v1/postcodes/nonsense').expect(400)).body.code).toBe('GEO.POSTCODE_INVALID');
  });
});
