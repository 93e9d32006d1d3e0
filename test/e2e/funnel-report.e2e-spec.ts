import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { buildEnquiryRequest, testDb, tokenFor } from '@app/testing';
import { forbidden } from './error-bodies';
import { useRecruitmentApp } from './recruitment-app';

const WESTMINSTER = 'E09000033';
const CAMDEN = 'E09000007';
const MANCHESTER = 'E08000003';

describe('funnel report', () => {
  let app: NestFastifyApplication;
  let officer: string;
  const http = () => request(app.getHttpServer());
  const report = (token: string, query = '') => http().get(`/api/v1/funnel-report${query}`).set('authorization', `Bearer ${token}`);

  /** An enquiry received at a given time, moved through the given stages a set number of days apart. */
  async function applicant(postcode: string, heardFrom: string, receivedAt: string, moves: [string, number, string?][]): Promise<void> {
    const { body } = await http().post('/api/v1/enquiries').send(buildEnquiryRequest({ postcode, heardFrom })).expect(201);
    const db = await testDb();
    const { rows } = await db.query(`UPDATE enquiry SET created_at = $2 WHERE reference = $1 RETURNING id, status`, [body.reference, receivedAt]);
    let at = new Date(receivedAt).getTime();
    let from = 'enquiry-received';
    for (const [to, days, reason] of moves) {
      at += days * 86_400_000;
      await db.query(
        `INSERT INTO funnel_transition (enquiry_id, from_stage, to_stage, officer, occurred_at, withdrawal_reason) VALUES ($1, $2, $3, 'test', $4, $5)`,
        [rows[0].id, from, to, new Date(at), reason ?? null]);
      from = to;
    }
    // Stamp the milestones as the API's moves do (the same mapping the migration back-fills with).
    await db.query(`
      UPDATE enquiry e SET contacted_at = m.c, initial_visit_at = m.iv, application_submitted_at = m.sub, closed_at = m.cl, closed_from_stage = m.cf,
             withdrawal_reason = m.wr
        FROM (SELECT enquiry_id, min(occurred_at) FILTER (WHERE to_stage = 'contacted') AS c,
                min(occurred_at) FILTER (WHERE to_stage = 'initial-visit') AS iv, min(occurred_at) FILTER (WHERE to_stage = 'application-submitted') AS sub,
                min(occurred_at) FILTER (WHERE to_stage = 'withdrawn') AS cl, min(from_stage) FILTER (WHERE to_stage = 'withdrawn') AS cf,
                min(withdrawal_reason) AS wr
              FROM funnel_transition WHERE enquiry_id = $1 GROUP BY enquiry_id) m
       WHERE e.id = m.enquiry_id`, [rows[0].id]);
  }

  useRecruitmentApp({ SW1A: WESTMINSTER, NW1: CAMDEN, M1: MANCHESTER }, (started) => { app = started; });
  beforeAll(async () => {
    officer = await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`);
  });
  beforeEach(async () => {
    // Westminster: four enquiries over two months; Camden (same region) one; Manchester (another region) one.
    await applicant('SW1A 1AA', 'advert', '2026-09-10T10:00:00Z', [['contacted', 1], ['initial-visit', 4], ['application-submitted', 10]]);
    await applicant('SW1A 1AA', 'advert', '2026-09-20T10:00:00Z', [['contacted', 3], ['withdrawn', 2, 'AW2']]);
    await applicant('SW1A 1AA', 'event', '2026-10-05T10:00:00Z', [['contacted', 2]]);
    await applicant('SW1A 1AA', 'event', '2026-10-06T10:00:00Z', []);
    await applicant('NW1 8NH', 'advert', '2026-10-07T10:00:00Z', [['contacted', 1]]);
    await applicant('M1 1AE', 'advert', '2026-10-07T10:00:00Z', [['contacted', 1]]);
  });

  const period = '?from=2026-09-01&to=2026-11-01';

  it("counts the service's own applicants reaching each stage, with conversion and median days", async () => {
    const { body } = await report(officer, period).expect(200);
    expect(body.scope).toBe(`service:LA-${WESTMINSTER}`);
    expect(body.steps.slice(0, 5)).toEqual([
      { stage: 'enquiry-received', reached: 4, conversionFromPrevious: null, medianDaysInStage: 2 },
      { stage: 'contacted', reached: 3, conversionFromPrevious: 0.75, medianDaysInStage: 3 },
      { stage: 'initial-visit', reached: 1, conversionFromPrevious: 0.3333, medianDaysInStage: 10 },
      { stage: 'application-submitted', reached: 1, conversionFromPrevious: 1, medianDaysInStage: null },
      { stage: 'stage-1', reached: 0, conversionFromPrevious: 0, medianDaysInStage: null },
    ]);
    expect(body.withdrawalReasons.find((w: { code: string }) => w.code === 'AW2').count).toBe(1);
  });

  it('breaks the funnel down by month and by how people heard of the service', async () => {
    const { body } = await report(officer, period).expect(200);
    expect(body.byMonth.map((m: { group: string; steps: { reached: number }[] }) => [m.group, m.steps[0].reached, m.steps[1].reached]))
      .toEqual([['2026-09', 2, 2], ['2026-10', 2, 1]]);
    expect(body.byChannel.map((m: { group: string; steps: { reached: number }[] }) => [m.group, m.steps[0].reached, m.steps[2].reached]))
      .toEqual([['advert', 2, 1], ['event', 2, 0]]);
  });

  it("gives a region's figures to someone working for the region, and England's to a national admin", async () => {
    const london = await tokenFor('rcc-analyst', 'region:E12000007');
    expect((await report(london, period).expect(200)).body.steps[0].reached).toBe(5);
    const admin = await tokenFor('admin', 'england');
    expect((await report(admin, period).expect(200)).body.steps[0].reached).toBe(6);
  });

  it('downloads the same figures as CSV', async () => {
    const res = await report(officer, `${period}&format=csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('section,group,stage,reached,conversion_from_previous,median_days_in_stage');
    expect(lines).toContain(`all,service:LA-${WESTMINSTER},contacted,3,0.75,3`);
    expect(lines).toContain('month,2026-09,enquiry-received,2,,');
    expect(lines).toContain('withdrawal-reason,AW2,withdrawn,1,,');
  });

  it('refuses placement officers and bad periods', async () => {
    const placement = await tokenFor('placement-officer', `council:${WESTMINSTER}`);
    expect((await report(placement).expect(403)).body).toEqual(forbidden);
    const { body } = await report(officer, '?from=2026-11-01&to=2026-09-01&format=xml').expect(400);
    expect(body.details).toEqual([{ field: 'format', rule: 'isIn', message: 'format must be json or csv' }]);
    expect((await report(officer, '?from=2026-11-01&to=2026-09-01').expect(400)).body.details[0].field).toBe('from');
  });
});
