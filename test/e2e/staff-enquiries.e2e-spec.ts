import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { mintStaffToken } from '@app/auth';
import { readHearthConfig } from '@app/config';
import { FUNNEL_STAGES } from '@app/domain';
import { buildEnquiryRequest, createHub, testDb, tokenFor } from '@app/testing';
import { enquiryNotFound, errorBody, forbidden, unauthenticated } from './error-bodies';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const CAMDEN = 'E09000007';

describe('staff enquiry API', () => {
  let app: NestFastifyApplication;
  let westminsterOfficer: string;
  const get = (path: string, token?: string) => {
    const req = request(app.getHttpServer()).get(path);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const submit = async (overrides: Record<string, unknown>) =>
    (await request(app.getHttpServer()).post('/api/v1/enquiries').send(buildEnquiryRequest(overrides)).expect(201)).body.reference as string;
  const idOf = async (reference: string) =>
    (await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [reference])).rows[0].id as string;

  useRecruitmentApp({ SW1A: WESTMINSTER, NW1: CAMDEN }, (started) => { app = started; });
  beforeAll(async () => {
    westminsterOfficer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  });

  describe('authentication and roles', () => {
    it('answers 401 without a token', async () => {
      expect((await get('/api/v1/enquiries').expect(401)).body).toEqual(unauthenticated);
    });

    it.each([
      ['a malformed header', 'Token abc'],
      ['a token signed with another key', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ])('answers 401 for %s', async (_, header) => {
      const { body } = await request(app.getHttpServer()).get('/api/v1/enquiries').set('authorization', header).expect(401);
      expect(body).toEqual(unauthenticated);
    });

    it('answers 401 for an expired token', async () => {
      const expired = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`, -60);
      expect((await get('/api/v1/enquiries', expired).expect(401)).body).toEqual(unauthenticated);
    });

    it('answers 401 for a token for another audience', async () => {
      const other = await mintStaffToken({ ...readHearthConfig(), jwtAudience: 'someone-else' }, {
        subject: 'x', role: 'admin', scope: { kind: 'england' }, ttlSeconds: 60,
      });
      expect((await get('/api/v1/enquiries', other).expect(401)).body).toEqual(unauthenticated);
    });

    it.each(['placement-officer', 'rcc-analyst'] as const)('answers 403 to a %s', async (role) => {
      const token = await tokenFor(role, `council:${WESTMINSTER}`);
      expect((await get('/api/v1/enquiries', token).expect(403)).body).toEqual(forbidden);
    });
  });

  describe('GET /api/v1/enquiries', () => {
    it('lists only the officer\'s own service\'s enquiries, newest first, without personal contact details', async () => {
      const first = await submit({ firstName: 'Ada' });
      await submit({ postcode: 'NW1 8NH', firstName: 'Camden' });
      const second = await submit({ firstName: 'Bea', interests: ['short-breaks'] });
      const { body } = await get('/api/v1/enquiries', westminsterOfficer).expect(200);
      expect(body.items.map((e: { reference: string }) => e.reference)).toEqual([second, first]);
      expect(body.items[0]).toEqual({
        id: expect.any(String), reference: second, status: 'enquiry-received', receivedAt: expect.any(String), name: 'Bea Okafor',
        postcode: 'SW1A 1AA', councilCode: WESTMINSTER, triageReason: null, priority: 'standard', interests: ['short-breaks'],
      });
      expect(body.nextCursor).toBeNull();
    });

    it('pages with a cursor', async () => {
      const refs = [];
      for (let i = 0; i < 5; i++) refs.push(await submit({ firstName: `Person${'abcde'[i]}` }));
      const page1 = (await get('/api/v1/enquiries?limit=2', westminsterOfficer).expect(200)).body;
      const page2 = (await get(`/api/v1/enquiries?limit=2&cursor=${page1.nextCursor}`, westminsterOfficer).expect(200)).body;
      const page3 = (await get(`/api/v1/enquiries?limit=2&cursor=${page2.nextCursor}`, westminsterOfficer).expect(200)).body;
      const seen = [...page1.items, ...page2.items, ...page3.items].map((e: { reference: string }) => e.reference);
      expect(seen).toEqual([...refs].reverse());
      expect(page3.nextCursor).toBeNull();
    });

    it('filters by status and date', async () => {
      await submit({});
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      expect((await get('/api/v1/enquiries?status=enquiry-received', westminsterOfficer)).body.items).toHaveLength(1);
      expect((await get('/api/v1/enquiries?status=withdrawn', westminsterOfficer)).body.items).toHaveLength(0);
      expect((await get(`/api/v1/enquiries?from=${tomorrow}`, westminsterOfficer)).body.items).toHaveLength(0);
      expect((await get(`/api/v1/enquiries?to=${tomorrow}`, westminsterOfficer)).body.items).toHaveLength(1);
    });

    it('answers 400 naming each bad query parameter', async () => {
      const { body } = await get('/api/v1/enquiries?limit=0&status=lost&from=yesterday&cursor=%27', westminsterOfficer).expect(400);
      expect(body).toEqual(errorBody(400, 'Bad Request', 'REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'status', rule: 'isIn', message: `status must be one of ${FUNNEL_STAGES.join(', ')}` },
        { field: 'from', rule: 'isDate', message: 'from must be a date, like 2026-11-01' },
        { field: 'limit', rule: 'min', message: 'limit must be at least 1' },
        { field: 'cursor', rule: 'matches', message: 'cursor must be a nextCursor from a previous page' },
      ]));
    });

    it('shows a regional hub the enquiries of every council routed to it', async () => {
      await createHub('HUB-NORTH-LONDON', [WESTMINSTER, CAMDEN]);
      await submit({});
      await submit({ postcode: 'NW1 8NH' });
      const hubOfficer = await tokenFor('recruitment-officer', 'service:HUB-NORTH-LONDON');
      expect((await get('/api/v1/enquiries', hubOfficer).expect(200)).body.items).toHaveLength(2);
      expect((await get('/api/v1/enquiries', westminsterOfficer).expect(200)).body.items).toHaveLength(0);
    });

    it('shows an admin for England every enquiry, triage included', async () => {
      await submit({});
      await submit({ postcode: 'ZE1 0AA' });
      const admin = await tokenFor('admin', 'england');
      const { body } = await get('/api/v1/enquiries', admin).expect(200);
      expect(body.items.map((e: { triageReason: string | null }) => e.triageReason)).toEqual(['postcode-not-found', null]);
    });

    it('shows nothing to an officer whose service does not exist', async () => {
      const token = await tokenFor('recruitment-officer', 'service:NO-SUCH-SERVICE');
      await submit({});
      expect((await get('/api/v1/enquiries', token).expect(200)).body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('GET /api/v1/enquiries/:id', () => {
    it('returns the whole enquiry to its own service', async () => {
      const reference = await submit({ eligibility: { aged21OrOver: 'yes', hasSpareBedroom: 'no', livesInEngland: 'yes' } });
      const { body } = await get(`/api/v1/enquiries/${await idOf(reference)}`, westminsterOfficer).expect(200);
      expect(body).toMatchObject({
        reference, firstName: 'Sam', lastName: 'Okafor', email: 'sam.okafor@example.com', phone: '07700 900982',
        preferredContactMethod: 'email', preferredContactTime: 'evening', adultsInHousehold: 2, childrenInHousehold: 1,
        spareBedrooms: 1, heardFrom: 'friend-or-family', channel: 'api', priority: 'shortage',
        eligibility: { aged21OrOver: 'yes', hasSpareBedroom: 'no', livesInEngland: 'yes' },
      });
    });

    it('answers 404, not 403, for another service\'s enquiry', async () => {
      const camden = await submit({ postcode: 'NW1 8NH' });
      const { body } = await get(`/api/v1/enquiries/${await idOf(camden)}`, westminsterOfficer).expect(404);
      expect(body).toEqual(enquiryNotFound);
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1"])('answers 404 for %s', async (id) => {
      const { body } = await get(`/api/v1/enquiries/${encodeURIComponent(id)}`, westminsterOfficer).expect(404);
      expect(body).toEqual(enquiryNotFound);
    });
  });
});
