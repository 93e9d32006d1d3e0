import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { testDb, tokenFor } from '@app/testing';
import { errorBody, forbidden } from './error-bodies';
import { submitEnquiry } from './submit-enquiry';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const CAMDEN = 'E09000007';
const TEAM = `/api/v1/services/LA-${WESTMINSTER}/team`;
/** The subject tokenFor gives a recruitment officer: the officer calling the API is this team member. */
const OFFICER_SUBJECT = 'test-recruitment-officer';
const applicantNotFound = errorBody(404, 'Not Found', 'APPLICANT.NOT_FOUND', 'No applicant with that id');
const serviceNotFound = errorBody(404, 'Not Found', 'SERVICE.NOT_FOUND', 'No fostering service with that code');

describe('recruitment teams: roster, assignment and each person\'s own inbox', () => {
  let app: NestFastifyApplication;
  let officer: string;
  let camdenOfficer: string;
  let admin: string;
  const http = () => request(app.getHttpServer());
  const as = (token: string) => ({
    get: (path: string) => http().get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object) => http().post(path).set('authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => http().patch(path).set('authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => http().put(path).set('authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => http().delete(path).set('authorization', `Bearer ${token}`),
  });

  const enquire = () => submitEnquiry(app, { postcode: 'SW1A 1AA' });

  async function addMember(subject: string, name: string, manager = false, team = TEAM): Promise<string> {
    const { body } = await as(admin).post(team, { subject, name, email: `${subject.replace(/\W/g, '.')}@council.example`, manager }).expect(201);
    return body.id;
  }

  useRecruitmentApp({ SW1A: WESTMINSTER, NW1: CAMDEN }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
    camdenOfficer = await tokenFor('recruitment-officer', `service:LA-${CAMDEN}`);
    admin = await tokenFor('admin', 'england');
  });

  it('admins build the team; its officers read it; one manager at a time; another service\'s team is not found', async () => {
    const priya = await addMember(OFFICER_SUBJECT, 'Priya Shah', true);
    const dan = await addMember('entra|dan', 'Dan Lee');
    await as(admin).patch(`${TEAM}/${dan}`, { manager: true }).expect(200);
    const { body } = await as(officer).get(TEAM).expect(200);
    expect(body.items).toEqual([
      { id: dan, subject: 'entra|dan', name: 'Dan Lee', email: 'entra.dan@council.example', manager: true, active: true },
      { id: priya, subject: OFFICER_SUBJECT, name: 'Priya Shah', email: 'test.recruitment.officer@council.example', manager: false, active: true },
    ]);
    await as(officer).post(TEAM, { subject: 'entra|me', name: 'Me', email: 'me@council.example' }).expect(403).expect(({ body: b }) => expect(b).toEqual(forbidden));
    await as(camdenOfficer).get(TEAM).expect(404).expect(({ body: b }) => expect(b).toEqual(serviceNotFound));
  });

  it('refuses a second entry for one person, a bad address, and a member of another team, with field messages', async () => {
    await addMember('entra|dan', 'Dan Lee');
    const again = await as(admin).post(TEAM, { subject: 'entra|dan', name: 'Dan', email: 'dan@council.example' }).expect(409);
    expect(again.body.code).toBe('TEAM.MEMBER_ALREADY_EXISTS');
    const bad = await as(admin).post(TEAM, { subject: 'entra|x', name: 'X', email: 'not an address' }).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'email' })]);
    const camdenMember = await addMember('entra|cam', 'Cam Reed', false, `/api/v1/services/LA-${CAMDEN}/team`);
    await as(admin).patch(`${TEAM}/${camdenMember}`, { name: 'Moved' }).expect(404).expect(({ body: b }) => expect(b.code).toBe('TEAM.MEMBER_NOT_FOUND'));
  });

  it('assigns an applicant to an officer, shows it on the applicant and narrows the work queue to "me" or "unassigned"', async () => {
    const priya = await addMember(OFFICER_SUBJECT, 'Priya Shah');
    const robin = await enquire();
    const other = await enquire();
    const assigned = await as(officer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: priya }).expect(200);
    expect(assigned.body).toMatchObject({ id: robin.id, assignedTo: { id: priya, name: 'Priya Shah' }, version: 1 });
    expect((await as(officer).get(`/api/v1/applicants/${robin.id}`).expect(200)).body.assignedTo).toEqual({ id: priya, name: 'Priya Shah' });

    const queue = async (assignedFilter?: string) => (await as(officer).get('/api/v1/applicants/work-queue')
      .query(assignedFilter ? { assigned: assignedFilter } : {}).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await queue('me')).toEqual([robin.id]);
    expect(await queue(priya)).toEqual([robin.id]);
    expect(await queue('unassigned')).toEqual([other.id]);
    expect((await queue()).sort()).toEqual([robin.id, other.id].sort());
    const item = (await as(officer).get('/api/v1/applicants/work-queue').expect(200)).body.items.find((i: { id: string }) => i.id === robin.id);
    expect(item.assignedTo).toEqual({ id: priya, name: 'Priya Shah' });
    // Someone in no team has no applicants of their own.
    expect((await as(camdenOfficer).get('/api/v1/applicants/work-queue?assigned=me').expect(200)).body.items).toEqual([]);
    await as(officer).get('/api/v1/applicants/work-queue?assigned=someone').expect(400);

    const back = await as(officer).delete(`/api/v1/applicants/${robin.id}/assignment`).expect(200);
    expect(back.body.assignedTo).toBeNull();
    expect(await queue('me')).toEqual([]);
  });

  it('assigns only to active members of the applicant\'s own team, and hides other services\' applicants', async () => {
    const camdenMember = await addMember('entra|cam', 'Cam Reed', false, `/api/v1/services/LA-${CAMDEN}/team`);
    const robin = await enquire();
    const refused = await as(officer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: camdenMember }).expect(422);
    expect(refused.body).toEqual(errorBody(422, 'Unprocessable Entity', 'ASSIGNMENT.NOT_IN_TEAM',
      'The applicant can only be assigned to an active member of their service’s team',
      [{ field: 'teamMemberId', rule: 'team', message: 'teamMemberId must be an active member of this applicant’s team' }]));
    await as(camdenOfficer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: camdenMember }).expect(404)
      .expect(({ body }) => expect(body).toEqual(applicantNotFound));
    await as(officer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: 'me' }).expect(400);
    const stored = await (await testDb()).query(`SELECT assigned_to FROM enquiry WHERE id = $1`, [robin.id]);
    expect(stored.rows).toEqual([{ assigned_to: null }]);
  });

  it('when someone leaves the team their applicants go back to the team, and they can no longer be given any', async () => {
    const dan = await addMember('entra|dan', 'Dan Lee', true);
    const robin = await enquire();
    await as(officer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: dan }).expect(200);
    const left = await as(admin).patch(`${TEAM}/${dan}`, { active: false }).expect(200);
    expect(left.body).toMatchObject({ active: false, manager: false });
    expect((await as(officer).get(`/api/v1/applicants/${robin.id}`).expect(200)).body.assignedTo).toBeNull();
    await as(officer).put(`/api/v1/applicants/${robin.id}/assignment`, { teamMemberId: dan }).expect(422);
  });

  it('lists in "my notifications" only what was sent to the signed-in person by name', async () => {
    const priya = await addMember(OFFICER_SUBJECT, 'Priya Shah');
    const dan = await addMember('entra|dan', 'Dan Lee', true);
    const robin = await enquire();
    const db = await testDb();
    const send = (kind: string, kindOfRecipient: string, recipient: string, at: string) => db.query(
      `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation, created_at)
       VALUES ($1, 'email', $2, $3, $4, NULL, $5, $6)`, [`${robin.id}.${kind}.1`, kind, kindOfRecipient, recipient, JSON.stringify({ reference: robin.reference }), at]);
    await send('first-contact-reminder', 'staff', priya, '2026-11-24T09:00:00Z');
    await send('first-contact-escalation', 'staff', dan, '2026-11-25T09:00:00Z');
    await send('panel-warning', 'team', (await db.query(`SELECT service_id FROM enquiry WHERE id = $1`, [robin.id])).rows[0].service_id, '2026-11-26T09:00:00Z');
    const { body } = await as(officer).get('/api/v1/me/notifications').expect(200);
    expect(body).toEqual({
      items: [{
        id: expect.any(String), sentAt: '2026-11-24T09:00:00.000Z', audience: 'staff', channel: 'email', template: 'first-contact-reminder',
        delivery: 'stored', applicantId: robin.id, address: null, personalisation: { reference: robin.reference },
      }],
      nextCursor: null,
    });
    expect((await as(camdenOfficer).get('/api/v1/me/notifications').expect(200)).body.items).toEqual([]);
    await as(await tokenFor('placement-officer', `council:${WESTMINSTER}`)).get('/api/v1/me/notifications').expect(403);
  });
});
