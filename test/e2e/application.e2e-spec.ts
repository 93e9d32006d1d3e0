import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { buildEnquiryRequest, testDb, tokenFor } from '@app/testing';
import { errorLinks, FormClient, idsIn, type FormFields } from './enquiry-journey.form-client';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';

/** Complete answers to every section, as an applicant would type them. */
export const APPLICATION_ANSWERS: readonly [string, FormFields][] = [
  ['about-you', { fullName: 'Sam Okafor', 'dateOfBirth-day': '7', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1985', address: '1 Example Street\nLondon', connectedPerson: 'no' }],
  ['household', { adults: 'Sam Okafor, me, 7 March 1985\nAlex Okafor, partner, 1 May 1984', children: '' }],
  ['home', { bedrooms: '3', spareBedrooms: '1', tenure: 'own', smokers: 'no', pets: 'One cat' }],
  ['health', { healthConditions: 'no', gpPractice: 'Example Medical Centre' }],
  ['employment', { employment: 'part-time', employmentDetails: 'Teaching assistant, 20 hours', financialDifficulty: 'no' }],
  ['support-network', { supporters: 'My sister Jo, 2 miles away, can do school runs' }],
  ['referees', { referee1Name: 'Pat Example', referee1Contact: 'pat@example.com', referee2Name: 'Lee Sample', referee2Contact: '07700 900123' }],
  ['previous-applications', { appliedBefore: 'no' }],
  ['consent', { consentDbs: 'yes', consentLocalAuthority: 'yes', consentMedical: 'yes', consentReferences: 'yes' }],
];

describe('applying online through a secure link', () => {
  let app: NestFastifyApplication;
  let officer: string;
  const api = () => request(app.getHttpServer());
  const asOfficer = <T extends { set: (k: string, v: string) => T }>(req: T) => req.set('authorization', `Bearer ${officer}`);

  /** An enquirer moved on to their initial visit, as the team would after visiting. */
  async function visitedApplicant(): Promise<string> {
    const { body } = await api().post('/api/v1/enquiries').send(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [body.reference]);
    for (const [to, version] of [['contacted', 1], ['initial-visit', 2]] as const) {
      await asOfficer(api().post(`/api/v1/applicants/${rows[0].id}/transitions`)).send({ to, version }).expect(200);
    }
    return rows[0].id;
  }
  const issueLink = async (id: string): Promise<string> =>
    new URL((await asOfficer(api().post(`/api/v1/applicants/${id}/application-link`)).send({}).expect(201)).body.url).pathname;

  useRecruitmentApp({ SW1A: WESTMINSTER }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  });

  it('completes a whole application, saving and returning, and moves the applicant on', async () => {
    const id = await visitedApplicant();
    const client = new FormClient(app.getHttpServer(), 'hearth-application');
    const opened = await client.get(await issueLink(id));
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/application');
    expect((await client.get('/application')).text).toContain('You have completed 0 of 9 sections');

    await client.get('/application/about-you');
    expect((await client.post('/application/about-you', { fullName: 'Sam', action: 'later' })).headers.location).toBe('/application');
    const list = (await client.get('/application')).text;
    expect(list).toContain('In progress');
    expect((await client.get('/application/about-you')).text).toContain('value="Sam"');

    for (const [section, fields] of APPLICATION_ANSWERS) {
      await client.get(`/application/${section}`);
      const saved = await client.post(`/application/${section}`, { ...fields, action: 'continue' });
      expect([section, saved.status]).toEqual([section, 303]);
    }
    expect((await client.get('/application')).text).toContain('You have completed 9 of 9 sections');
    const check = await client.get('/application/check-answers');
    expect(check.text).toContain('7 March 1985');
    expect(check.text).toContain('1 Example Street<br>London');
    expect((await client.post('/application/check-answers', {})).headers.location).toBe('/application/submitted');

    const { body } = await asOfficer(api().get(`/api/v1/applicants/${id}`)).expect(200);
    expect(body).toMatchObject({ stage: 'application-submitted', dueNext: { kind: 'panel' } });
    expect(body.history.at(-1)).toMatchObject({ from: 'initial-visit', to: 'application-submitted', officer: 'applicant' });
    expect((await client.get('/application/status')).text).toContain('We have your application.');
    expect((await client.get('/application/about-you')).headers.location).toBe('/application/status');
  });

  it('shows each problem in a section, linked from the error summary', async () => {
    const id = await visitedApplicant();
    const client = new FormClient(app.getHttpServer(), 'hearth-application');
    await client.get(await issueLink(id));
    await client.get('/application/about-you');
    const response = await client.post('/application/about-you', { 'dateOfBirth-day': '31', 'dateOfBirth-month': '2', 'dateOfBirth-year': '1990', connectedPerson: 'yes', action: 'continue' });
    expect(response.status).toBe(400);
    expect(errorLinks(response.text)).toEqual(['fullName', 'dateOfBirth-day', 'address', 'connectedChild']);
    const ids = idsIn(response.text);
    for (const target of errorLinks(response.text)) expect(ids).toContain(target);
    expect(response.text).toContain('Date of birth must be a real date');
  });

  it('refuses a wrong, replaced or revoked link with a friendly page, and the old session with it', async () => {
    const id = await visitedApplicant();
    const client = new FormClient(app.getHttpServer(), 'hearth-application');
    const first = await issueLink(id);
    await client.get(first);
    expect((await client.get('/application')).status).toBe(200);
    await issueLink(id);
    const replaced = await client.get('/application');
    expect(replaced.status).toBe(404);
    expect(replaced.text).toContain('This link does not work');
    expect((await new FormClient(app.getHttpServer()).get(first)).status).toBe(404);
    expect((await new FormClient(app.getHttpServer()).get('/apply/not-a-token')).status).toBe(404);
    const second = new FormClient(app.getHttpServer(), 'hearth-application');
    await second.get(await issueLink(id));
    await asOfficer(api().delete(`/api/v1/applicants/${id}/application-link`)).expect(204);
    expect((await second.get('/application')).status).toBe(404);
  });

  it('gives links only after the initial visit, and only for the service\'s own applicants', async () => {
    const { body } = await api().post('/api/v1/enquiries').send(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [body.reference]);
    expect((await asOfficer(api().post(`/api/v1/applicants/${rows[0].id}/application-link`)).send({}).expect(409)).body.code).toBe('APPLICANT.TRANSITION_NOT_ALLOWED');
    const camden = await tokenFor('recruitment-officer', 'service:LA-E09000007');
    const other = await api().post(`/api/v1/applicants/${rows[0].id}/application-link`).set('authorization', `Bearer ${camden}`).send({}).expect(404);
    expect(other.body.code).toBe('APPLICANT.NOT_FOUND');
  });

  it('refuses a form post without the session\'s token', async () => {
    const id = await visitedApplicant();
    const client = new FormClient(app.getHttpServer(), 'hearth-application');
    await client.get(await issueLink(id));
    expect((await client.post('/application/home', { bedrooms: '3' }, { csrfToken: 'forged' })).status).toBe(403);
  });

  it('answers a request for a new link the same way whether or not the details match, and queues a link only for a match', async () => {
    const id = await visitedApplicant();
    const { rows: [e] } = await (await testDb()).query(`SELECT reference, email FROM enquiry WHERE id = $1`, [id]);
    const jobs = async () => (await (await testDb()).query(`SELECT payload FROM outbox_message WHERE job_name = 'recruitment.send-application-link'`)).rows;
    const client = new FormClient(app.getHttpServer());
    await client.get('/application/new-link');
    const wrong = await client.post('/application/new-link', { reference: e.reference, email: 'someone@example.com' });
    const right = await client.post('/application/new-link', { reference: e.reference.toLowerCase(), email: e.email.toUpperCase() });
    expect([wrong.status, right.status]).toEqual([200, 200]);
    expect(wrong.text).toContain('If the reference and email address match');
    expect(await jobs()).toEqual([{ payload: { schemaVersion: 1, enquiryId: id } }]);
    const bad = await client.post('/application/new-link', { reference: 'nope', email: 'x' });
    expect(bad.status).toBe(400);
    expect(errorLinks(bad.text)).toEqual(['reference', 'email']);
  });
});
