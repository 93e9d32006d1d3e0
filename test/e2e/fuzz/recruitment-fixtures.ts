import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { buildEnquiryRequest, createOutcodeLocation, testDb, tokenFor } from '@app/testing';
import { FormClient } from '../enquiry-journey.form-client';

export const WESTMINSTER = 'E09000033';
const STAGES = ['contacted', 'initial-visit', 'application-submitted', 'stage-1', 'stage-2', 'panel'] as const;

/** Applicants at the stages the recruitment endpoints act on; each endpoint that changes one gets its own. */
export interface RecruitmentFixtures {
  /** A new enquiry: read, contacted, temporarily approved. */
  readonly applicant: string;
  /** Moved by the transitions endpoint. */
  readonly mover: string;
  readonly stageOne: string;
  readonly checkId: string;
  readonly atPanel: string;
  /** Visited: its link is issued and revoked by the staff API. */
  readonly linked: string;
  readonly erasable: string;
  /** Visited, with a link opened: the applicant pages' session. */
  readonly applyPath: string;
  readonly reference: string;
  /** An active member of the Westminster team (the officer calling the API is another). */
  readonly teamMemberId: string;
}

/** Builds the fixtures through the real API, as the team would. */
export async function createRecruitmentFixtures(app: NestFastifyApplication): Promise<RecruitmentFixtures> {
  await createOutcodeLocation('SW1A', WESTMINSTER);
  const officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  const api = () => request(app.getHttpServer());
  const send = (method: 'post' | 'patch' | 'put', path: string, body: object) => api()[method](path).set('authorization', `Bearer ${officer}`).send(body);

  const applicantAt = async (stage?: (typeof STAGES)[number]): Promise<{ id: string; reference: string }> => {
    const { body } = await api().post('/api/v1/enquiries').send(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [body.reference]);
    for (let i = 0; stage && i <= STAGES.indexOf(stage); i++) {
      await send('post', `/api/v1/applicants/${rows[0].id}/transitions`, { to: STAGES[i], version: i + 1 }).expect(200);
    }
    return { id: rows[0].id, reference: body.reference };
  };

  const applicant = await applicantAt();
  const stageOne = (await applicantAt('stage-1')).id;
  const check = await send('post', `/api/v1/applicants/${stageOne}/checks`, { kind: 'dbs', state: 'requested', subject: 'first adult' }).expect(201);
  const applying = (await applicantAt('initial-visit')).id;
  const link = await send('post', `/api/v1/applicants/${applying}/application-link`, {}).expect(201);
  const member = await api().post(`/api/v1/services/LA-${WESTMINSTER}/team`).set('authorization', `Bearer ${await tokenFor('admin', 'england')}`)
    .send({ subject: 'entra|fixture-officer', name: 'Priya Shah', email: 'priya.shah@westminster.example' }).expect(201);
  return {
    applicant: applicant.id,
    reference: applicant.reference,
    mover: (await applicantAt()).id,
    stageOne,
    checkId: check.body.checks[0].id,
    atPanel: (await applicantAt('panel')).id,
    linked: (await applicantAt('initial-visit')).id,
    erasable: (await applicantAt()).id,
    applyPath: new URL(link.body.url).pathname,
    teamMemberId: member.body.id,
  };
}

/** The enquiry journey with every question answered, so each question page takes its form. */
export async function answeredJourney(app: NestFastifyApplication): Promise<FormClient> {
  const client = new FormClient(app.getHttpServer());
  await client.answerAll();
  await client.get('/check-answers');
  return client;
}

/** An applicant's session, opened from their link, with a form token from a section page. */
export async function applicantSession(app: NestFastifyApplication, applyPath: string): Promise<FormClient> {
  const client = new FormClient(app.getHttpServer(), 'hearth-application');
  await client.get(applyPath);
  await client.get('/application/about-you');
  return client;
}
