import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { testDb, tokenFor } from '@app/testing';
import { errorBody, forbidden, unauthenticated } from './error-bodies';
import { submitEnquiry } from './submit-enquiry';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const CAMDEN = 'E09000007';
const applicantNotFound = errorBody(404, 'Not Found', 'APPLICANT.NOT_FOUND', 'No applicant with that id');
const serviceNotFound = errorBody(404, 'Not Found', 'SERVICE.NOT_FOUND', 'No fostering service with that code');

describe('notifications in the staff API', () => {
  let app: NestFastifyApplication;
  let officer: string;
  let camdenOfficer: string;
  let admin: string;
  const http = () => request(app.getHttpServer());
  const get = (path: string, token = officer) => http().get(path).set('authorization', `Bearer ${token}`);

  const enquire = (postcode: string, email: string) => submitEnquiry(app, { postcode, email });

  /** A message as the workers record it: the key begins with the enquiry id, team messages go to the service. */
  async function message(enquiry: { id: string; serviceId: string }, kind: string, at: string, audience: 'applicant' | 'team' = 'applicant'): Promise<void> {
    await (await testDb()).query(
      `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation, created_at)
       VALUES ($1, 'email', $2, $3, $4, $5, $6, $7)`,
      [`${enquiry.id}.${kind}.1`, kind, audience, audience === 'team' ? enquiry.serviceId : enquiry.id,
        audience === 'team' ? null : 'robin@example.com', JSON.stringify(audience === 'team' ? { reference: 'FH-TEAM' } : { first_name: 'Robin' }), at]);
  }

  useRecruitmentApp({ SW1A: WESTMINSTER, NW1: CAMDEN }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
    camdenOfficer = await tokenFor('recruitment-officer', `service:LA-${CAMDEN}`);
    admin = await tokenFor('admin', 'england');
  });

  it("lists the messages to an applicant and the team's about them, newest first, and audits the read", async () => {
    const robin = await enquire('SW1A 1AA', 'robin@example.com');
    await message(robin, 'acknowledge-email', '2026-11-02T09:00:00Z');
    await message(robin, 'first-contact-reminder', '2026-11-03T09:00:00Z', 'team');
    const { body } = await get(`/api/v1/applicants/${robin.id}/notifications`).expect(200);
    expect(body).toEqual({
      items: [
        {
          id: expect.any(String), sentAt: '2026-11-03T09:00:00.000Z', audience: 'team', channel: 'email', template: 'first-contact-reminder',
          delivery: 'stored', applicantId: robin.id, address: null, personalisation: { reference: 'FH-TEAM' },
        },
        {
          id: expect.any(String), sentAt: '2026-11-02T09:00:00.000Z', audience: 'applicant', channel: 'email', template: 'acknowledge-email',
          delivery: 'stored', applicantId: robin.id, address: 'robin@example.com', personalisation: { first_name: 'Robin' },
        },
      ],
      nextCursor: null,
    });
    const audit = await (await testDb()).query(`SELECT actor, action FROM audit_event WHERE entity_type = 'applicant' AND entity_id = $1`, [robin.id]);
    expect(audit.rows).toEqual([{ actor: 'test-recruitment-officer', action: 'read' }]);
  });

  it('pages with a cursor, never skipping or repeating messages recorded in the same instant', async () => {
    const robin = await enquire('SW1A 1AA', 'robin@example.com');
    for (const kind of ['acknowledge-email', 'acknowledge-sms', 'application-stalled']) await message(robin, kind, '2026-11-02T09:00:00.123456Z');
    await message(robin, 'first-contact-reminder', '2026-11-02T09:00:00.123999Z', 'team');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { template: string }[]; nextCursor: string | null } =
        (await get(`/api/v1/applicants/${robin.id}/notifications?limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0].template);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen[0]).toBe('first-contact-reminder');
    expect([...seen].sort()).toEqual(['acknowledge-email', 'acknowledge-sms', 'application-stalled', 'first-contact-reminder']);
  });

  it("answers 404 for another service's applicant, and 400 for a cursor or limit that is not ours", async () => {
    const robin = await enquire('SW1A 1AA', 'robin@example.com');
    expect((await get(`/api/v1/applicants/${robin.id}/notifications`, camdenOfficer).expect(404)).body).toEqual(applicantNotFound);
    expect((await get('/api/v1/applicants/not-an-id/notifications').expect(404)).body).toEqual(applicantNotFound);
    expect((await get(`/api/v1/applicants/${robin.id}/notifications?cursor=bm90LWEtY3Vyc29yLWF0LWFsbA`).expect(400)).body).toEqual(
      errorBody(400, 'Bad Request', 'REQUEST.VALIDATION_FAILED', 'The request has invalid fields',
        [{ field: 'cursor', rule: 'cursor', message: 'cursor must be a nextCursor from a previous page' }]));
    expect((await get(`/api/v1/applicants/${robin.id}/notifications?limit=0`).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await (await testDb()).query(`SELECT 1 FROM audit_event WHERE entity_id = $1`, [robin.id])).rows).toHaveLength(0);
  });

  it("gives a service its own inbox of reminders and escalations, and no other service's", async () => {
    const robin = await enquire('SW1A 1AA', 'robin@example.com');
    const alex = await enquire('NW1 2DB', 'alex@example.com');
    await message(robin, 'acknowledge-email', '2026-11-02T09:00:00Z');
    await message(robin, 'first-contact-reminder', '2026-11-03T09:00:00Z', 'team');
    await message(robin, 'first-contact-escalation', '2026-11-04T09:00:00Z', 'team');
    await message(alex, 'first-contact-reminder', '2026-11-03T10:00:00Z', 'team');
    const { body } = await get(`/api/v1/services/LA-${WESTMINSTER}/notifications`).expect(200);
    expect(body.items.map((n: { template: string; applicantId: string }) => [n.template, n.applicantId]))
      .toEqual([['first-contact-escalation', robin.id], ['first-contact-reminder', robin.id]]);
    expect((await get(`/api/v1/services/LA-${CAMDEN}/notifications`).expect(404)).body).toEqual(serviceNotFound);
    expect((await get('/api/v1/services/no-such-thing/notifications').expect(404)).body).toEqual(serviceNotFound);
    const national = await get(`/api/v1/services/LA-${CAMDEN}/notifications`, admin).expect(200);
    expect(national.body.items.map((n: { applicantId: string }) => n.applicantId)).toEqual([alex.id]);
  });

  it('needs a token, and a recruitment role', async () => {
    const robin = await enquire('SW1A 1AA', 'robin@example.com');
    expect((await http().get(`/api/v1/applicants/${robin.id}/notifications`).expect(401)).body).toEqual(unauthenticated);
    const placement = await tokenFor('placement-officer', `council:${WESTMINSTER}`);
    expect((await get(`/api/v1/services/LA-${WESTMINSTER}/notifications`, placement).expect(403)).body).toEqual(forbidden);
  });
});
