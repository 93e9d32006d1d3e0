import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { RequestNewLinkUseCase } from '../../apps/recruitment/src/application/request-new-link.use-case';
import { buildEnquiryRequest, testDb, tokenFor } from '@app/testing';
import { useRecruitmentApp } from './recruitment-app';

describe('subject access and erasure', () => {
  let app: NestFastifyApplication;
  let admin: string;
  const http = () => request(app.getHttpServer());

  async function applicant(): Promise<string> {
    const { body } = await http().post('/api/v1/enquiries').send(buildEnquiryRequest({ firstName: 'Robin', email: 'robin@example.com' })).expect(201);
    return (await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [body.reference])).rows[0].id;
  }

  useRecruitmentApp({ SW1A: 'E09000033' }, (started) => { app = started; });
  beforeAll(async () => {
    admin = await tokenFor('admin', 'england');
  });

  it('exports everything held about an applicant, and records that it was read', async () => {
    const id = await applicant();
    await http().post(`/api/v1/applicants/${id}/contact-attempts`).set('authorization', `Bearer ${admin}`).send({ channel: 'phone', outcome: 'reached' }).expect(201);
    const { body } = await http().get(`/api/v1/admin/applicants/${id}/personal-data`).set('authorization', `Bearer ${admin}`).expect(200);
    expect(body.enquiry).toMatchObject({ id, first_name: 'Robin', email: 'robin@example.com' });
    expect(body.contactAttempts).toHaveLength(1);
    expect(body.funnelHistory.map((t: { to_stage: string }) => t.to_stage)).toEqual(['contacted']);
    expect(body.auditTrail.map((a: { action: string }) => a.action)).toEqual(['read']);
  });

  it('erases the personal details and keeps the figures', async () => {
    const id = await applicant();
    await (await testDb()).query(
      `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation)
       VALUES ($1::text || '.acknowledge-email.1', 'email', 'acknowledge-email', 'applicant', $1::uuid, 'robin@example.com', '{"firstName":"Robin"}')`, [id]);
    await http().post(`/api/v1/admin/applicants/${id}/erasure`).set('authorization', `Bearer ${admin}`).send({}).expect(200);
    const sent = await (await testDb()).query(`SELECT address, personalisation FROM notification WHERE recipient_id = $1`, [id]);
    expect(sent.rows).toEqual([{ address: null, personalisation: {} }]);
    const { rows } = await (await testDb()).query(`SELECT first_name, email, phone, postcode, status, council_code, heard_from FROM enquiry WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({
      first_name: 'Erased', email: 'erased@invalid', phone: 'erased', postcode: 'SW1A', status: 'enquiry-received', council_code: 'E09000033', heard_from: 'friend-or-family',
    });
  });

  it('sends nothing more to an erased person, even to the address erasure left behind', async () => {
    const id = await applicant();
    await (await testDb()).query(`UPDATE enquiry SET status = 'initial-visit' WHERE id = $1`, [id]);
    await http().post(`/api/v1/admin/applicants/${id}/erasure`).set('authorization', `Bearer ${admin}`).send({}).expect(200);
    const [{ reference }] = (await (await testDb()).query(`SELECT reference FROM enquiry WHERE id = $1`, [id])).rows;
    await app.get(RequestNewLinkUseCase).execute(reference, 'erased@invalid');
    const { rows } = await (await testDb()).query(`SELECT count(*)::int AS n FROM outbox_message WHERE job_name = 'recruitment.send-application-link'`);
    expect(rows[0].n).toBe(0);
  });

  it('keeps an approved foster carer\'s records', async () => {
    const id = await applicant();
    await (await testDb()).query(
      `INSERT INTO fostering_household (service_id, enquiry_id, council_code, latitude, longitude, approval_status, min_age, max_age, max_children, fostering_types, weekly_cost_pounds)
       SELECT service_id, id, council_code, 51.5, -0.14, 'approved', 0, 18, 2, '{short-term}', 400 FROM enquiry WHERE id = $1`, [id]);
    const { body } = await http().post(`/api/v1/admin/applicants/${id}/erasure`).set('authorization', `Bearer ${admin}`).send({}).expect(409);
    expect(body.message).toBe("An approved foster carer's records must be kept: they cannot be erased");
  });

  it('is for administrators only', async () => {
    const id = await applicant();
    const officer = await tokenFor('recruitment-officer', 'service:LA-E09000033');
    await http().get(`/api/v1/admin/applicants/${id}/personal-data`).set('authorization', `Bearer ${officer}`).expect(403);
  });
});
