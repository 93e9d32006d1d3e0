import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { buildEnquiryRequest, testDb, tokenFor } from '@app/testing';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const STAGES = ['contacted', 'initial-visit', 'application-submitted', 'stage-1', 'stage-2', 'panel'] as const;

describe('stage 1 checks and the panel', () => {
  let app: NestFastifyApplication;
  let officer: string;
  const send = (method: 'post' | 'patch' | 'put', path: string, body: object) =>
    request(app.getHttpServer())[method](path).set('authorization', `Bearer ${officer}`).send(body);

  /** An applicant moved on to the given stage through the API. */
  async function applicantAt(stage: (typeof STAGES)[number]): Promise<string> {
    const { body } = await request(app.getHttpServer()).post('/api/v1/enquiries').send(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [body.reference]);
    for (let i = 0; i <= STAGES.indexOf(stage); i++) {
      await send('post', `/api/v1/applicants/${rows[0].id}/transitions`, { to: STAGES[i], version: i + 1 }).expect(200);
    }
    return rows[0].id;
  }

  useRecruitmentApp({ SW1A: WESTMINSTER }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  });

  it('starts the 10-working-day stage 1 decision clock once every check has its answer', async () => {
    const id = await applicantAt('stage-1');
    const checks = '/api/v1/applicants/' + id + '/checks';
    await send('post', checks, { kind: 'dbs', state: 'requested', subject: 'first adult' }).expect(201);
    await send('post', checks, { kind: 'dbs', state: 'cleared', subject: 'second adult' }).expect(201);
    await send('post', checks, { kind: 'local-authority', state: 'cleared' }).expect(201);
    await send('post', checks, { kind: 'medical', state: 'cleared' }).expect(201);
    let { body } = await send('post', checks, { kind: 'references', state: 'concern', note: 'One referee raised a worry' }).expect(201);
    expect(body).toMatchObject({ checksCompletedAt: null, dueNext: { kind: 'panel' } });
    const awaited = body.checks.find((c: { state: string }) => c.state === 'requested');
    ({ body } = await send('patch', `${checks}/${awaited.id}`, { state: 'cleared' }).expect(200));
    expect(body.checksCompletedAt).toEqual(expect.any(String));
    expect(body.dueNext.kind).toBe('stage-1-decision');
    expect(body.checks.map((c: { kind: string; state: string }) => `${c.kind}:${c.state}`)).toEqual([
      'dbs:cleared', 'dbs:cleared', 'local-authority:cleared', 'medical:cleared', 'references:concern',
    ]);
    ({ body } = await send('post', checks, { kind: 'previous-fostering-service', state: 'requested' }).expect(201));
    expect(body).toMatchObject({ checksCompletedAt: null, dueNext: { kind: 'panel' } });
  });

  it('records checks only in stage 1, and only the applicant\'s own', async () => {
    const early = await applicantAt('application-submitted');
    const refused = await send('post', `/api/v1/applicants/${early}/checks`, { kind: 'dbs', state: 'requested' }).expect(409);
    expect(refused.body.message).toBe('This is recorded at stage-1; the applicant is at application-submitted');
    const id = await applicantAt('stage-1');
    await send('patch', `/api/v1/applicants/${id}/checks/00000000-0000-4000-8000-000000000000`, { state: 'cleared' }).expect(404);
    const bad = await send('post', `/api/v1/applicants/${id}/checks`, { kind: 'horoscope', state: 'maybe' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['kind', 'state']);
  });

  it('starts the 7-working-day decision clock from the panel date', async () => {
    const id = await applicantAt('panel');
    const { body } = await send('put', `/api/v1/applicants/${id}/panel`, { panelDate: '2026-11-23T10:00:00Z', recommendation: 'approve' }).expect(200);
    expect(body).toMatchObject({
      panel: { date: '2026-11-23T10:00:00.000Z', recommendation: 'approve' },
      dueNext: { kind: 'decision', dueBy: '2026-12-03T00:00:00.000Z' },
    });
  });

  it('approves with terms of approval, which become a household the match search offers', async () => {
    const id = await applicantAt('panel');
    const missing = await send('post', `/api/v1/applicants/${id}/transitions`, { to: 'approved', version: 7 }).expect(400);
    expect(missing.body.details).toEqual([{ field: 'approval', rule: 'required', message: 'Give the terms of approval: age range, number of children and types of fostering' }]);
    const approval = { minAge: 11, maxAge: 17, maxChildren: 2, fosteringTypes: ['short-term', 'long-term'], shortageCategories: ['teenagers'], weeklyCostPounds: 450 };
    const { body } = await send('post', `/api/v1/applicants/${id}/transitions`, { to: 'approved', version: 7, approval }).expect(200);
    expect(body).toMatchObject({ stage: 'approved', dueNext: null });
    const { rows } = await (await testDb()).query(
      `SELECT h.approval_status, h.min_age, h.max_age, h.max_children, h.fostering_types, h.shortage_categories, h.council_code, s.code AS service
         FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id WHERE h.enquiry_id = $1`, [id]);
    expect(rows).toEqual([{
      approval_status: 'approved', min_age: 11, max_age: 17, max_children: 2, fostering_types: ['short-term', 'long-term'],
      shortage_categories: ['teenagers'], council_code: WESTMINSTER, service: `LA-${WESTMINSTER}`,
    }]);
  });

  it('approves a connected person temporarily for their child for 16 weeks, extendable once by 8', async () => {
    const id = await applicantAt('application-submitted');
    const db = await testDb();
    const { rows: [referral] } = await db.query(
      `INSERT INTO referral (placing_council_code, family_home_latitude, family_home_longitude, fostering_type, created_by)
       VALUES ($1, 51.5, -0.14, 'short-term', 'test') RETURNING id`, [WESTMINSTER]);
    const { rows: [child] } = await db.query(`INSERT INTO referral_child (referral_id, position, age_years) VALUES ($1, 0, 6) RETURNING id`, [referral.id]);
    const terms = { minAge: 6, maxAge: 6, maxChildren: 1, fosteringTypes: ['short-term'], weeklyCostPounds: 300 };
    const body = { childIds: [child.id], from: '2026-11-23', terms };
    const notConnected = await send('post', `/api/v1/applicants/${id}/temporary-approval`, body).expect(409);
    expect(notConnected.body.message).toBe('Temporary approval is only for a connected person applying for a particular child');
    await db.query(`INSERT INTO application (enquiry_id, connected_person) VALUES ($1, true)`, [id]);
    const granted = await send('post', `/api/v1/applicants/${id}/temporary-approval`, body).expect(201);
    expect(granted.body).toEqual({ householdId: expect.any(String), from: '2026-11-23', until: '2027-03-14', extended: false, childIds: [child.id] });
    const extended = await send('post', `/api/v1/applicants/${id}/temporary-approval/extension`, {}).expect(200);
    expect(extended.body).toMatchObject({ until: '2027-05-09', extended: true });
    expect((await send('post', `/api/v1/applicants/${id}/temporary-approval/extension`, {}).expect(409)).body.message)
      .toBe('A temporary approval can be extended only once (8 weeks)');
    const { rows } = await db.query(`SELECT approval_status, temporary_for_child_ids FROM fostering_household WHERE enquiry_id = $1`, [id]);
    expect(rows).toEqual([{ approval_status: 'temporarily-approved', temporary_for_child_ids: [child.id] }]);
  });
});
