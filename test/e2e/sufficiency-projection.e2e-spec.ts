import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, resetDatabase, startTestApp, testDb, tokenFor } from '@app/testing';
import { createNorthEastRegion, HARTLEPOOL, NORTH_EAST } from './sufficiency-region.fixture';

const LEEDS = 'E08000035';
const gapAt = (body: { projectedGap: Record<string, unknown> }, slice: string, month: number) => body.projectedGap[`projected-gap|${slice}|${month}`];

/**
 * The North East fixture (sufficiency-region.fixture.ts) with a year of history added:
 *  - a year is recorded: a Leeds referral and a Leeds deregistration 400 days ago (outside the year);
 *  - carers leaving: agency households deregistered today: 2 of the 36 households
 *    approved during the year, 1/18 (6%) a year;
 *  - children leaving: the placements in H-09..H-14 (six Hartlepool 14-year-olds, teenagers) ended yesterday;
 *  - children coming in: the fixture's referrals, made today: 8 Hartlepool teenagers.
 */
async function addAYearOfHistory(): Promise<void> {
  const db = await testDb();
  const { rows } = await db.query(`INSERT INTO referral (placing_council_code, status, family_home_latitude, family_home_longitude, fostering_type, created_by, created_at, updated_at)
    VALUES ($1, 'closed', 53.8, -1.5, 'short-term', 'history', now() - interval '400 days', now() - interval '400 days') RETURNING id`, [LEEDS]);
  await db.query(`INSERT INTO referral_child (referral_id, position, age_years) VALUES ($1, 0, 9)`, [rows[0].id]);
  await db.query(`
    INSERT INTO fostering_household (service_id, external_ref, council_code, latitude, longitude, approval_status, min_age, max_age, max_children, fostering_types, weekly_cost_pounds)
    SELECT id, 'L-OLD', $1, 53.8, -1.5, 'approved', 0, 18, 1, '{short-term}', 500 FROM fostering_service WHERE code = $2`, [LEEDS, `LA-${LEEDS}`]);
  await db.query(`UPDATE fostering_household SET approval_status = 'deregistered' WHERE external_ref = 'L-OLD'`);
  await db.query(`UPDATE fostering_household SET deregistered_at = now() - interval '400 days' WHERE external_ref = 'L-OLD'`);
  await db.query(`UPDATE fostering_household SET approval_status = 'deregistered' WHERE external_ref IN ('A-01', 'A-02')`);
  await db.query(`
    UPDATE placement p SET ended_at = now() - interval '1 day', started_at = now() - interval '200 days', end_reason = 'returned-home'
      FROM fostering_household h WHERE h.id = p.household_id AND h.external_ref BETWEEN 'H-09' AND 'H-14'`);
  await db.query(`UPDATE fostering_household SET current_placements = '[]' WHERE external_ref BETWEEN 'H-09' AND 'H-14'`);
}

describe('the sufficiency projection with carers leaving and children coming and going', () => {
  let app: NestFastifyApplication;
  let analyst: string;
  const council = async () => (await request(app.getHttpServer()).get(`/api/v1/sufficiency/councils/${HARTLEPOOL}`).set('authorization', `Bearer ${analyst}`).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
    analyst = await tokenFor('rcc-analyst', `region:${NORTH_EAST}`);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createNorthEastRegion();
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('uses the configured rates while less than a year is recorded', async () => {
    const body = await council();
    expect(body.projectionAssumptions).toEqual({
      carersLeaving: { from: 'configured', percentPerYear: 12 },
      childrenEntering: { from: 'configured', percentPerYear: 35 }, childrenLeaving: { from: 'configured', percentPerYear: 35 },
    });
    // Teenagers: gap −12 (sufficiency.e2e-spec.ts); 33 homes × 12% = 3.96 lost; need 21 × 35% in and out: no change;
    // the pipeline's 6 stage-2 households × 0.75 = 4.5 places in month 4. By month 12: −12 − 4.5 + 3.96 = −12.54 → −13.
    expect([gapAt(body, 'category:teenagers', 3), gapAt(body, 'category:teenagers', 12)]).toEqual([-11, -13]);
    expect(body.coverage['category:teenagers']).toBe(0);
  });

  it('counts a year of history once one is recorded', async () => {
    await addAYearOfHistory();
    const body = await council();
    expect(body.projectionAssumptions).toEqual({
      carersLeaving: { from: 'history', percentPerYear: 6 },
      childrenEntering: { from: 'history', percentPerYear: null }, childrenLeaving: { from: 'history', percentPerYear: null },
    });
    // Now 15 filled + 22 available = 37 homes, need 8 waiting + 9 placed = 17: gap −20. Teenagers: need 8 + 7 = 15,
    // homes 15 + 18 = 33: gap −18. A year: 33 × 1/18 = 1.83 homes lost, 8 teenagers in, 6 out (+2 need), 4.5 places.
    expect([body.headline.gap, body.tables.gap.estimates['gap|category:teenagers']]).toEqual([-20, -18]);
    // Month 12: −18 − (4.5 − 1.83 − 2) = −18.67 → −19; all children: −20 − (4.5 − 37/18 − 2) = −20.44 → −20.
    expect([gapAt(body, 'category:teenagers', 12), gapAt(body, 'all', 12)]).toEqual([-19, -20]);
    // Sibling groups' gap rests on 2 children: suppressed, and so is its projection.
    expect(gapAt(body, 'category:sibling-groups', 12)).toBe('c');
  });

  it('puts the projected gap in the CSV beside the pipeline', async () => {
    const csv = await request(app.getHttpServer()).get(`/api/v1/sufficiency/councils/${HARTLEPOOL}/tables/pipeline.csv`).set('authorization', `Bearer ${analyst}`).expect(200);
    expect(csv.text).toContain(`,council,${HARTLEPOOL},Hartlepool,pipeline,,estimate,projected-gap|category:teenagers|12,,-13,`);
  });
});
