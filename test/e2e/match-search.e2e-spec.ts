import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp, testDb, tokenFor } from '@app/testing';
import { errorBody, forbidden } from './error-bodies';

const MANCHESTER = 'E08000003';
const STOCKPORT = 'E08000007';
const LIVERPOOL = 'E08000012';
const referralNotFound = errorBody(404, 'Not Found', 'REFERRAL.NOT_FOUND', 'No referral with that id');

describe('match search and booking', () => {
  let app: NestFastifyApplication;
  let admin: string;
  let officer: string;
  const call = (method: 'get' | 'post' | 'put', path: string, token: string, body?: object) =>
    request(app.getHttpServer())[method](path).set('authorization', `Bearer ${token}`).send(body as object);

  const home = (serviceCode: string, postcode: string, overrides: Record<string, unknown> = {}) => ({
    serviceCode, postcode, approvalStatus: 'approved', yearsFostering: 5, weeklyCostPounds: 500,
    terms: { minAge: 0, maxAge: 18, maxChildren: 2, fosteringTypes: ['short-term', 'long-term', 'emergency'] }, ...overrides,
  });
  const register = async (body: object) => (await call('post', '/api/v1/households', admin, body).expect(201)).body.id as string;
  const refer = async (overrides: Record<string, unknown> = {}, token = officer) => (await call('post', '/api/v1/referrals', token, {
    placingCouncilCode: MANCHESTER, children: [{ ageYears: 14, shortageCategories: ['teenagers'] }], familyHomePostcode: 'M1 1AE',
    schoolPostcode: 'M14 5AA', fosteringType: 'short-term', ...overrides,
  }).expect(201)).body.id as string;
  const search = (id: string, token = officer) => call('post', `/api/v1/referrals/${id}/match-search`, token, {});

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
    admin = await tokenFor('admin', 'england');
    officer = await tokenFor('placement-officer', `council:${MANCHESTER}`);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('M1', MANCHESTER, 'E', { latitude: 53.4794, longitude: -2.2453 });
    await createOutcodeLocation('M14', MANCHESTER, 'E', { latitude: 53.4500, longitude: -2.2200 });
    await createOutcodeLocation('SK1', STOCKPORT, 'E', { latitude: 53.4083, longitude: -2.1494 });
    await createOutcodeLocation('L1', LIVERPOOL, 'E', { latitude: 53.4034, longitude: -2.9820 });
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('ranks connected persons first, then other homes by score, explains each, and says why others were left out', async () => {
    const near = await register(home('LA-E08000003', 'M14 5AA', { shortageCategories: ['teenagers'] }));
    const adjoining = await register(home('LA-E08000007', 'SK1 3AA'));
    const far = await register(home('LA-E08000012', 'L1 8JQ'));
    await register(home('LA-E08000003', 'M1 2AB', { terms: { minAge: 0, maxAge: 5, maxChildren: 2, fosteringTypes: ['short-term'] } }));
    const kin = await register(home('LA-E08000012', 'L1 9XX', { yearsFostering: 0 }));
    const id = await refer({ connectedHouseholdIds: [kin] });
    const { body } = await search(id).expect(200);
    expect(body.candidates.map((c: { householdId: string }) => c.householdId)).toEqual([kin, near, adjoining, far]);
    expect(body.candidates.map((c: { tier: number }) => c.tier)).toEqual([1, 2, 2, 2]);
    expect(body.candidates[1]).toMatchObject({
      rank: 2, councilCode: MANCHESTER, councilRelation: 'inside', approvalNeeded: 'none', homeMiles: 2.3, schoolMiles: 0, serviceKind: 'in-house',
    });
    expect(body.candidates[2]).toMatchObject({ councilRelation: 'adjoining', approvalNeeded: 'senior-officer' });
    expect(body.candidates[3]).toMatchObject({ councilRelation: 'at-a-distance', approvalNeeded: 'director-of-childrens-services' });
    expect(body.candidates[1].factors.map((f: { factor: string }) => f.factor)).toContain('near-family-home');
    expect(body.candidates[1].summary).toContain('2.3 miles from home');
    // The home approved only for under-5s never reaches the rules: the SQL pre-filter leaves it out.
    expect(body).toMatchObject({ eligibleCount: 4, householdsConsidered: 4, excluded: [] });
    const audit = await call('get', `/api/v1/audit-events?entityType=referral&entityId=${id}`, admin).expect(200);
    expect(audit.body.items.map((e: { action: string; actor: string }) => `${e.action} by ${e.actor}`).sort())
      .toEqual(['create by test-placement-officer', 'search by test-placement-officer']);
    await call('get', `/api/v1/audit-events?entityType=referral&entityId=${id}`, officer).expect(403);
    // The trail is append-only in the database itself.
    await expect((await testDb()).query(`DELETE FROM audit_event WHERE entity_id = $1`, [id])).rejects.toThrow('audit_event is append-only');
  });

  it('never returns a home inside an exclusion zone', async () => {
    await register(home('LA-E08000007', 'SK1 3AA'));
    const near = await register(home('LA-E08000003', 'M14 5AA'));
    const id = await refer({ exclusionZones: [{ postcode: 'SK1 4BB', radiusMiles: 3 }] });
    const { body } = await search(id).expect(200);
    expect(body.candidates.map((c: { householdId: string }) => c.householdId)).toEqual([near]);
    expect(body.excluded).toEqual([{ reason: 'inside-exclusion-zone', label: expect.any(String), count: 1 }]);
  });

  it('books a home with its SSDA903 codes, and the place is gone from the next search', async () => {
    const only = await register(home('LA-E08000003', 'M14 5AA', { terms: { minAge: 0, maxAge: 18, maxChildren: 1, fosteringTypes: ['short-term'] } }));
    const first = await refer();
    const { body } = await call('post', '/api/v1/placements', officer, { referralId: first, householdId: only }).expect(201);
    expect(body.placements).toEqual([expect.objectContaining({
      householdId: only, placementType: 'U6', providerType: 'PR1', distanceMiles: 2.3, withinPlacingCouncil: true, atADistance: false, endedAt: null,
    })]);
    expect((await call('get', `/api/v1/referrals/${first}`, officer).expect(200)).body.status).toBe('placed');
    const second = await refer();
    expect((await search(second).expect(200)).body.candidates).toEqual([]);
    const refused = await call('post', '/api/v1/placements', officer, { referralId: second, householdId: only }).expect(409);
    expect(refused.body.message).toBe('This home can no longer take the child: Already caring for as many children as approved');
    await call('post', `/api/v1/placements/${body.placements[0].id}/end`, officer, { reason: 'Returned home' }).expect(200);
    expect((await search(second).expect(200)).body.candidates.map((c: { householdId: string }) => c.householdId)).toEqual([only]);
  });

  it('lets exactly one of 50 simultaneous bookings of the last place succeed', async () => {
    const only = await register(home('LA-E08000003', 'M14 5AA', { terms: { minAge: 0, maxAge: 18, maxChildren: 1, fosteringTypes: ['short-term'] } }));
    const referrals = [];
    for (let i = 0; i < 50; i++) referrals.push(await refer());
    const answers = await Promise.all(referrals.map((referralId) => call('post', '/api/v1/placements', officer, { referralId, householdId: only })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const { rows } = await (await testDb()).query(`SELECT count(*)::int AS n FROM placement WHERE household_id = $1 AND ended_at IS NULL`, [only]);
    expect(rows[0].n).toBe(1);
  }, 60_000);

  it('searches a referral again from memory only while nothing it reads has changed, auditing every search once', async () => {
    const upTo15 = await register(home('LA-E08000003', 'M14 5AA', { terms: { minAge: 0, maxAge: 15, maxChildren: 2, fosteringTypes: ['short-term'] } }));
    const anyAge = await register(home('LA-E08000007', 'SK1 3AA'));
    const id = await refer();
    const ids = async () => (await search(id).expect(200)).body.candidates.map((c: { householdId: string }) => c.householdId);
    expect(await ids()).toEqual([upTo15, anyAge]);
    expect(await ids()).toEqual([upTo15, anyAge]);
    // Changed by plain SQL, not through the app: the child is now 16, past the first home's terms.
    await (await testDb()).query(`UPDATE referral_child SET age_years = 16 WHERE referral_id = $1`, [id]);
    expect(await ids()).toEqual([anyAge]);
    await call('put', `/api/v1/matching-policies/${MANCHESTER}`, officer, { weights: { 'weekly-cost': 0 } }).expect(200);
    const { body } = await search(id).expect(200);
    expect(body.candidates[0].factors.find((f: { factor: string }) => f.factor === 'weekly-cost')).toMatchObject({ weight: 0, contribution: 0 });
    expect((await search(id, await tokenFor('placement-officer', `council:${LIVERPOOL}`)).expect(404)).body).toEqual(referralNotFound);
    const audit = await (await testDb()).query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'search'`, [id]);
    expect(audit.rows[0].n).toBe(4);
  });

  it("keeps a council's referrals to its own officers", async () => {
    const id = await refer();
    const liverpool = await tokenFor('placement-officer', `council:${LIVERPOOL}`);
    expect((await call('get', `/api/v1/referrals/${id}`, liverpool).expect(404)).body).toEqual(referralNotFound);
    expect((await search(id, liverpool).expect(404)).body).toEqual(referralNotFound);
    expect((await call('post', '/api/v1/referrals', liverpool, { placingCouncilCode: MANCHESTER, children: [{ ageYears: 3 }], familyHomePostcode: 'M1 1AE', fosteringType: 'short-term' }).expect(403)).body)
      .toEqual(errorBody(403, 'Forbidden', 'AUTH.FORBIDDEN', 'You can only make referrals for your own council'));
    const recruiter = await tokenFor('recruitment-officer', `council:${MANCHESTER}`);
    expect((await call('get', `/api/v1/referrals/${id}`, recruiter).expect(403)).body).toEqual(forbidden);
  });

  it('answers 400 naming every bad field, and a postcode it cannot place', async () => {
    const { body } = await call('post', '/api/v1/referrals', officer, {
      placingCouncilCode: 'nowhere', children: [], familyHomePostcode: 'XX', fosteringType: 'holiday',
    }).expect(400);
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['children', 'familyHomePostcode', 'fosteringType', 'placingCouncilCode']);
    const unknown = await call('post', '/api/v1/referrals', officer, {
      placingCouncilCode: MANCHESTER, children: [{ ageYears: 3 }], familyHomePostcode: 'B1 1AA', fosteringType: 'short-term',
    }).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'familyHomePostcode', rule: 'located', message: 'B1 1AA is not in the imported postcode directory' }]);
  });

  it("lets a council set its own weights and thresholds, within limits", async () => {
    const { body } = await call('put', `/api/v1/matching-policies/${MANCHESTER}`, officer, { nearHomeMiles: 5, weights: { 'weekly-cost': 0 } }).expect(200);
    expect(body).toMatchObject({ nearHomeMiles: 5, weights: { 'weekly-cost': 0, 'near-family-home': 25 } });
    expect((await call('get', `/api/v1/matching-policies/${MANCHESTER}`, officer).expect(200)).body.nearHomeMiles).toBe(5);
    const bad = await call('put', `/api/v1/matching-policies/${MANCHESTER}`, officer, { nearHomeMiles: -1, colour: 'red' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['colour']);
    const negative = await call('put', `/api/v1/matching-policies/${MANCHESTER}`, officer, { nearHomeMiles: -1 }).expect(400);
    expect(negative.body.details).toEqual([{ field: 'nearHomeMiles', rule: 'positive', message: '"Near" the family home must be more than 0 miles' }]);
    await call('put', `/api/v1/matching-policies/${LIVERPOOL}`, officer, {}).expect(403);
  });
});
