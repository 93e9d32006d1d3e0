import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, resetDatabase, startTestApp, testDb, tokenFor } from '@app/testing';
import { errorBody, forbidden, unauthenticated } from './error-bodies';
import { createNorthEastRegion, HARTLEPOOL, MIDDLESBROUGH, NORTH_EAST } from './sufficiency-region.fixture';

const LEEDS = 'E08000035';
const DARLINGTON = 'E06000005';
const TEES = { id: 'RCC-TEES-VALLEY', name: 'Tees Valley Regional Care Cooperative', councilCodes: [HARTLEPOOL, MIDDLESBROUGH] };
const notFound = errorBody(404, 'Not Found', 'COOPERATIVE.NOT_FOUND', 'No cooperative with that code');
const areaNotFound = errorBody(404, 'Not Found', 'SUFFICIENCY.AREA_NOT_FOUND', 'No sufficiency area with that code that you can see');

describe('regional care cooperatives defined by an administrator', () => {
  let app: NestFastifyApplication;
  let admin: string;
  const as = (token: string | null) => {
    const with_ = <T extends request.Test>(r: T) => (token ? r.set('authorization', `Bearer ${token}`) : r);
    const server = () => request(app.getHttpServer());
    return {
      get: (path: string) => with_(server().get(path)),
      post: (path: string, body: object) => with_(server().post(path)).send(body),
      put: (path: string, body: object) => with_(server().put(path)).send(body),
      delete: (path: string) => with_(server().delete(path)),
    };
  };

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
    await resetDatabase();
    await createNorthEastRegion();
    admin = await tokenFor('admin', 'england');
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('defines, lists, shows, redefines and removes a cooperative', async () => {
    const created = await as(admin).post('/api/v1/cooperatives', TEES);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: TEES.id, name: TEES.name, councils: [{ code: HARTLEPOOL, name: 'Hartlepool' }, { code: MIDDLESBROUGH, name: 'Middlesbrough' }],
      updatedBy: 'test-admin', updatedAt: expect.any(String),
    });
    expect((await as(admin).get('/api/v1/cooperatives')).body.map((c: { id: string }) => c.id)).toEqual([TEES.id]);
    expect((await as(admin).get(`/api/v1/cooperatives/${TEES.id}`)).body.name).toBe(TEES.name);
    const renamed = await as(admin).put(`/api/v1/cooperatives/${TEES.id}`, { name: 'Tees Valley', councilCodes: [HARTLEPOOL, MIDDLESBROUGH, DARLINGTON] });
    expect([renamed.status, renamed.body.name, renamed.body.councils.length]).toEqual([200, 'Tees Valley', 3]);
    expect((await as(admin).delete(`/api/v1/cooperatives/${TEES.id}`)).status).toBe(204);
    expect((await as(admin).get(`/api/v1/cooperatives/${TEES.id}`)).body).toEqual(notFound);
  });

  it('refuses a bad definition with every field and rule it broke (400)', async () => {
    const { status, body } = await as(admin).post('/api/v1/cooperatives', { id: 'tees', name: '', councilCodes: [HARTLEPOOL, HARTLEPOOL], extra: 1 });
    expect(status).toBe(400);
    expect(body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(body.details.map((d: { field: string; rule: string }) => `${d.field}:${d.rule}`).sort()).toEqual([
      'councilCodes:arrayUnique', 'extra:whitelistValidation', 'id:matches', 'name:minLength',
    ]);
    const detailsFor = async (councilCodes: string[]) => (await as(admin).post('/api/v1/cooperatives', { ...TEES, councilCodes })).body.details;
    expect(await detailsFor([HARTLEPOOL])).toEqual([{ field: 'councilCodes', rule: 'arrayMinSize', message: 'Give at least 2 councils' }]);
    expect(await detailsFor([HARTLEPOOL, NORTH_EAST])).toEqual([{ field: 'councilCodes', rule: 'matches',
      message: "each council must be a GSS code of a council with children's services, like E06000001" }]);
  });

  it('refuses council codes that do not exist (422), naming each', async () => {
    const { status, body } = await as(admin).post('/api/v1/cooperatives', { ...TEES, councilCodes: [HARTLEPOOL, 'E06999999'] });
    expect([status, body]).toEqual([422, errorBody(422, 'Unprocessable Entity', 'COOPERATIVE.UNKNOWN_COUNCIL', 'Some councils do not exist',
      [{ field: 'councilCodes', rule: 'councilExists', message: "No council with children's services has the code E06999999" }])]);
  });

  it('keeps each council in at most one defined cooperative, and each code once (409)', async () => {
    await as(admin).post('/api/v1/cooperatives', TEES).expect(201);
    const again = await as(admin).post('/api/v1/cooperatives', { ...TEES, councilCodes: [LEEDS, DARLINGTON] });
    expect([again.status, again.body]).toEqual([409, errorBody(409, 'Conflict', 'COOPERATIVE.ALREADY_EXISTS', 'A cooperative with that code already exists')]);
    const overlap = await as(admin).post('/api/v1/cooperatives', { id: 'RCC-NORTH', name: 'North', councilCodes: [MIDDLESBROUGH, LEEDS] });
    expect([overlap.status, overlap.body]).toEqual([409, errorBody(409, 'Conflict', 'COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE',
      'Some councils are already in another cooperative', [{ field: 'councilCodes', rule: 'oneCooperative', message: `${MIDDLESBROUGH} is already in ${TEES.id}` }])]);
    await as(admin).delete(`/api/v1/cooperatives/${TEES.id}`).expect(204);
  });

  it('answers 404 for a cooperative that is not defined, including the default regional ones', async () => {
    expect((await as(admin).get(`/api/v1/cooperatives/${NORTH_EAST}`)).body).toEqual(notFound);
    expect((await as(admin).put('/api/v1/cooperatives/RCC-NONE', { name: 'None', councilCodes: [HARTLEPOOL, LEEDS] })).body).toEqual(notFound);
    expect((await as(admin).delete('/api/v1/cooperatives/RCC-NONE')).body).toEqual(notFound);
  });

  it('is for administrators for England only (401, 403)', async () => {
    expect((await as(null).get('/api/v1/cooperatives')).body).toEqual(unauthenticated);
    expect((await as(await tokenFor('rcc-analyst', 'england')).post('/api/v1/cooperatives', TEES)).body).toEqual(forbidden);
    const regionalAdmin = await tokenFor('admin', `region:${NORTH_EAST}`);
    expect((await as(regionalAdmin).post('/api/v1/cooperatives', TEES)).body)
      .toEqual(errorBody(403, 'Forbidden', 'AUTH.FORBIDDEN', 'Only an administrator for England can define cooperatives'));
  });

  describe('an analyst assigned to a defined cooperative (scope cooperative:RCC-…)', () => {
    let analyst: string;
    const figures = (path: string, token = analyst) => as(token).get(`/api/v1/sufficiency/${path}`);

    beforeAll(async () => {
      await as(admin).post('/api/v1/cooperatives', { ...TEES, councilCodes: [HARTLEPOOL, MIDDLESBROUGH, LEEDS] }).expect(201);
      analyst = await tokenFor('rcc-analyst', `cooperative:${TEES.id}`);
    });

    it("sees the cooperative's figures, added up over its councils across regions and rounded like a region's", async () => {
      const { status, body } = await figures(`cooperatives/${TEES.id}`);
      expect(status).toBe(200);
      expect(body.area).toMatchObject({ id: TEES.id, kind: 'cooperative', name: TEES.name, level: 'regional' });
      expect(body.area.councils.map((c: { code: string }) => c.code)).toEqual([HARTLEPOOL, MIDDLESBROUGH, LEEDS]);
      // Leeds is empty, so the figures are the North East fixture's (test/e2e/sufficiency.e2e-spec.ts): households 36 → 40, need 35 → 40, gap −34 → −30.
      expect(body.headline).toMatchObject({ households: 40, need: 40, gap: -30 });
    });

    it('sees its councils, each listing the cooperative', async () => {
      const { status, body } = await figures(`councils/${LEEDS}`);
      expect([status, body.area.cooperativeIds]).toEqual([200, ['E12000003', TEES.id]]);
    });

    it('sees nothing else: other councils, the regions and England answer 404', async () => {
      for (const path of [`councils/${DARLINGTON}`, `cooperatives/${NORTH_EAST}`, 'england', `councils/${DARLINGTON}/trends`, 'cooperatives/RCC-OTHER']) {
        expect([path, (await figures(path)).body]).toEqual([path, areaNotFound]);
      }
    });

    it('follows the definition at once: a council taken out is 404 for the analyst, and the figures change', async () => {
      await as(admin).put(`/api/v1/cooperatives/${TEES.id}`, { name: TEES.name, councilCodes: [MIDDLESBROUGH, LEEDS] }).expect(200);
      expect((await figures(`councils/${HARTLEPOOL}`)).body).toEqual(areaNotFound);
      // Middlesbrough alone: households 10, need 12 → 10, gap −18 → −20.
      expect((await figures(`cooperatives/${TEES.id}`)).body.headline).toMatchObject({ households: 10, need: 10, gap: -20 });
    });

    it('is recomputed when served from a snapshot taken before it was redefined', async () => {
      const cached = await startTestApp(createMatchingApp, { sufficiencyMaxAgeSeconds: 900 });
      try {
        const read = async () => (await request(cached.getHttpServer()).get(`/api/v1/sufficiency/cooperatives/${TEES.id}`).set('authorization', `Bearer ${analyst}`).expect(200)).body;
        expect((await read()).headline.households).toBe(10);
        await as(admin).put(`/api/v1/cooperatives/${TEES.id}`, { name: TEES.name, councilCodes: [HARTLEPOOL, MIDDLESBROUGH] }).expect(200);
        const after = await read();
        expect([after.area.councils.length, after.headline.households]).toEqual([2, 40]);
      } finally {
        await cached.close();
      }
    });

    it('is stored in every snapshot beside the default cooperatives, and lost to its analyst when removed', async () => {
      const taken = await as(admin).post('/api/v1/sufficiency/snapshots', {});
      expect([taken.status, taken.body.areas]).toEqual([201, 164]);
      const { rows } = await (await testDb()).query(`SELECT area_kind FROM sufficiency_snapshot WHERE area_id = $1`, [TEES.id]);
      expect(rows).toEqual([{ area_kind: 'cooperative' }]);
      await as(admin).delete(`/api/v1/cooperatives/${TEES.id}`).expect(204);
      expect((await figures(`cooperatives/${TEES.id}`)).body).toEqual(areaNotFound);
      expect((await figures(`councils/${LEEDS}`)).body).toEqual(areaNotFound);
    });
  });
});
