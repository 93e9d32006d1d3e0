import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { testDb, tokenFor } from '@app/testing';
import { errorBody, forbidden, unauthenticated } from './error-bodies';
import { submitEnquiry } from './submit-enquiry';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const CAMDEN = 'E09000007';
const applicantNotFound = errorBody(404, 'Not Found', 'APPLICANT.NOT_FOUND', 'No applicant with that id');

describe('recruitment funnel API', () => {
  let app: NestFastifyApplication;
  let officer: string;
  const http = () => request(app.getHttpServer());
  const get = (path: string, token = officer) => http().get(path).set('authorization', `Bearer ${token}`);
  const post = (path: string, body: unknown, token = officer) => http().post(path).set('authorization', `Bearer ${token}`).send(body as object);
  const enquire = async (overrides: Record<string, unknown> = {}): Promise<string> => (await submitEnquiry(app, overrides)).id;
  const move = (id: string, body: Record<string, unknown>) => post(`/api/v1/applicants/${id}/transitions`, body);

  useRecruitmentApp({ SW1A: WESTMINSTER, NW1: CAMDEN }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  });

  it('treats every enquirer as an applicant awaiting first contact', async () => {
    const id = await enquire();
    const { body } = await get(`/api/v1/applicants/${id}`).expect(200);
    expect(body).toMatchObject({
      id, name: 'Sam Okafor', stage: 'enquiry-received', version: 1, unansweredContactAttempts: 0,
      dueNext: { kind: 'first-contact', dueBy: expect.any(String), overdue: false },
      allowedTransitions: ['contacted', 'withdrawn'], history: [], contactAttempts: [],
    });
    expect(new Date(body.dueNext.dueBy).getTime()).toBeGreaterThan(Date.now());
  });

  it('moves an applicant on, attributed, timestamped and kept as history', async () => {
    const id = await enquire();
    const { body } = await move(id, { to: 'contacted', version: 1, note: 'Spoke on the phone' }).expect(200);
    expect(body).toMatchObject({ stage: 'contacted', version: 2, dueNext: { kind: 'initial-visit' }, allowedTransitions: ['initial-visit', 'withdrawn'] });
    expect(body.history).toEqual([{
      from: 'enquiry-received', to: 'contacted', officer: 'test-recruitment-officer', at: expect.any(String),
      withdrawalReason: null, reasons: [], note: 'Spoke on the phone',
    }]);
  });

  it('starts the 8-month panel clock when the application is submitted', async () => {
    const id = await enquire();
    for (const [to, version] of [['contacted', 1], ['initial-visit', 2], ['application-submitted', 3]] as const) {
      await move(id, { to, version }).expect(200);
    }
    const { body } = await get(`/api/v1/applicants/${id}`).expect(200);
    expect(body.dueNext.kind).toBe('panel');
    const months = (new Date(body.dueNext.dueBy).getTime() - new Date(body.applicationSubmittedAt).getTime()) / (30.44 * 86_400_000);
    expect(months).toBeGreaterThan(7.9);
    expect(months).toBeLessThan(8.1);
  });

  it('refuses an illegal move with 409, listing the moves allowed', async () => {
    const id = await enquire();
    const { body } = await move(id, { to: 'panel', version: 1 }).expect(409);
    expect(body).toEqual(errorBody(409, 'Conflict', 'APPLICANT.TRANSITION_NOT_ALLOWED',
      'An applicant at enquiry-received cannot move to panel. Allowed from enquiry-received: contacted, withdrawn',
      [{ field: 'to', rule: 'allowedTransition', message: 'Allowed from enquiry-received: contacted, withdrawn' }]));
  });

  it('refuses a move made on a stale version with 409, and loses nothing', async () => {
    const id = await enquire();
    await move(id, { to: 'contacted', version: 1 }).expect(200);
    const { body } = await move(id, { to: 'withdrawn', version: 1, withdrawalReason: 'AW1' }).expect(409);
    expect(body).toEqual(errorBody(409, 'Conflict', 'APPLICANT.STALE_VERSION',
      'Someone else changed this applicant since you looked (now at version 2). Reload and try again.'));
    expect((await get(`/api/v1/applicants/${id}`).expect(200)).body.stage).toBe('contacted');
  });

  it('lets exactly one of two simultaneous moves from the same version win', async () => {
    const id = await enquire();
    const answers = await Promise.all([
      move(id, { to: 'contacted', version: 1 }),
      move(id, { to: 'withdrawn', version: 1, withdrawalReason: 'AW0' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await get(`/api/v1/applicants/${id}`).expect(200)).body.history).toHaveLength(1);
  });

  it("needs Ofsted's reason code to withdraw, and then leaves the work queue", async () => {
    const id = await enquire();
    const missing = await move(id, { to: 'withdrawn', version: 1 }).expect(400);
    expect(missing.body.details).toEqual([{ field: 'withdrawalReason', rule: 'required', message: "Give Ofsted's withdrawal reason code (AW0 to AW5)" }]);
    const { body } = await move(id, { to: 'withdrawn', version: 1, withdrawalReason: 'AW3' }).expect(200);
    expect(body).toMatchObject({ stage: 'withdrawn', dueNext: null, allowedTransitions: [] });
    expect((await get('/api/v1/applicants/work-queue').expect(200)).body.items).toEqual([]);
    // The funnel report reads these milestones off the row.
    const { rows } = await (await testDb()).query(`SELECT closed_at, closed_from_stage, withdrawal_reason FROM enquiry WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ closed_at: expect.any(Date), closed_from_stage: 'enquiry-received', withdrawal_reason: 'AW3' });
  });

  it('closes for no contact only after two unanswered attempts', async () => {
    const id = await enquire();
    await post(`/api/v1/applicants/${id}/contact-attempts`, { channel: 'phone', outcome: 'no-answer' }).expect(201);
    await move(id, { to: 'closed-no-contact', version: 2 }).expect(409);
    const { body } = await post(`/api/v1/applicants/${id}/contact-attempts`, { channel: 'email', outcome: 'left-message' }).expect(201);
    expect(body).toMatchObject({ unansweredContactAttempts: 2, allowedTransitions: ['contacted', 'withdrawn', 'closed-no-contact'] });
    await move(id, { to: 'closed-no-contact', version: body.version }).expect(200);
  });

  it('moves a new enquirer to contacted when an attempt reaches them', async () => {
    const id = await enquire();
    const { body } = await post(`/api/v1/applicants/${id}/contact-attempts`, { channel: 'phone', outcome: 'reached' }).expect(201);
    expect(body).toMatchObject({ stage: 'contacted', dueNext: { kind: 'initial-visit' } });
    const { rows } = await (await testDb()).query(`SELECT contacted_at = stage_entered_at AS stamped FROM enquiry WHERE id = $1`, [id]);
    expect(rows[0].stamped).toBe(true);
    expect(body.contactAttempts).toEqual([{ channel: 'phone', outcome: 'reached', officer: 'test-recruitment-officer', at: expect.any(String), note: null }]);
    expect(body.history.map((h: { to: string }) => h.to)).toEqual(['contacted']);
  });

  it('orders the work queue by what is due soonest, overdue first', async () => {
    const later = await enquire({ firstName: 'Later' });
    const overdue = await enquire({ firstName: 'Overdue' });
    const contacted = await enquire({ firstName: 'Visit' });
    await move(contacted, { to: 'contacted', version: 1 }).expect(200);
    await (await testDb()).query(`UPDATE enquiry SET due_at = now() - interval '2 days' WHERE id = $1`, [overdue]);
    const { body } = await get('/api/v1/applicants/work-queue').expect(200);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([overdue, later, contacted]);
    expect(body.items[0]).toMatchObject({ name: 'Overdue Okafor', stage: 'enquiry-received', dueNext: { kind: 'first-contact', overdue: true } });
    const page = (await get('/api/v1/applicants/work-queue?limit=2').expect(200)).body;
    const next = (await get(`/api/v1/applicants/work-queue?limit=2&cursor=${page.nextCursor}`).expect(200)).body;
    expect([...page.items, ...next.items].map((i: { id: string }) => i.id)).toEqual([overdue, later, contacted]);
  });

  it('puts shortage-category applicants first among what is due the same day, never ahead of something due sooner', async () => {
    const standardEarly = await enquire({ firstName: 'Early', interests: ['short-breaks'] });
    const shortageLate = await enquire({ firstName: 'Teen', interests: ['teenagers'] });
    const standardOverdue = await enquire({ firstName: 'Overdue', interests: ['short-breaks'] });
    const shortageTomorrow = await enquire({ firstName: 'Siblings', interests: ['sibling-groups'] });
    const db = await testDb();
    const dueAt = (id: string, at: string) => db.query(`UPDATE enquiry SET due_at = $2 WHERE id = $1`, [id, at]);
    await dueAt(standardOverdue, '2026-11-20T16:00:00Z');
    await dueAt(standardEarly, '2026-11-24T09:00:00Z');
    await dueAt(shortageLate, '2026-11-24T17:00:00Z');
    await dueAt(shortageTomorrow, '2026-11-25T08:00:00Z');
    const order = [standardOverdue, shortageLate, standardEarly, shortageTomorrow];
    const { body } = await get('/api/v1/applicants/work-queue').expect(200);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(order);
    expect(body.items.map((i: { priority: string }) => i.priority)).toEqual(['standard', 'shortage', 'standard', 'shortage']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } =
        (await get(`/api/v1/applicants/work-queue?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(order);
    await get('/api/v1/applicants/work-queue?cursor=bm90LWEtY3Vyc29yLWF0LWFsbA').expect(400);
  });

  it("hides another service's applicants as not found", async () => {
    const camden = await enquire({ postcode: 'NW1 8NH' });
    expect((await get(`/api/v1/applicants/${camden}`).expect(404)).body).toEqual(applicantNotFound);
    expect((await move(camden, { to: 'contacted', version: 1 }).expect(404)).body).toEqual(applicantNotFound);
    expect((await get('/api/v1/applicants/not-a-uuid').expect(404)).body).toEqual(applicantNotFound);
    expect((await get('/api/v1/applicants/work-queue').expect(200)).body.items).toEqual([]);
  });

  it('answers 401 without a token and 403 to other roles', async () => {
    const id = await enquire();
    expect((await http().get(`/api/v1/applicants/${id}`).expect(401)).body).toEqual(unauthenticated);
    const placement = await tokenFor('placement-officer', `council:${WESTMINSTER}`);
    expect((await move(id, { to: 'contacted', version: 1 }).set('authorization', `Bearer ${placement}`).expect(403)).body).toEqual(forbidden);
  });

  it('answers 400 naming every bad field', async () => {
    const id = await enquire();
    const { body } = await move(id, { to: 'somewhere', version: 0, withdrawalReason: 'AW9', reasons: 'no', extra: 1 }).expect(400);
    expect(body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'reasons', 'to', 'version', 'withdrawalReason']);
    const attempt = await post(`/api/v1/applicants/${id}/contact-attempts`, { channel: 'pigeon' }).expect(400);
    expect(attempt.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['channel', 'outcome']);
  });
});
