import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, resetDatabase, startTestApp, testDb, tokenFor } from '@app/testing';
import { createNorthEastRegion, HARTLEPOOL, MIDDLESBROUGH, NORTH_EAST } from './sufficiency-region.fixture';

type Json = Record<string, any>;
const LEEDS = 'E08000035';
const YORKSHIRE = 'E12000003';

/** A table's published value at (row, column); 'total' for totals. */
function cell(table: Json, row: string, column: string): unknown {
  const r = table.rows.indexOf(row);
  const c = table.columns.indexOf(column);
  if (row === 'total' && column === 'total') return table.grandTotal;
  if (row === 'total') return table.columnTotals[c];
  if (column === 'total') return table.rowTotals[r];
  return table.cells[r][c];
}

describe('sufficiency API on a hand-built North East (see sufficiency-region.fixture.ts)', () => {
  let app: NestFastifyApplication;
  let analyst: string;
  const get = (path: string, token = analyst) => request(app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startTestApp(createMatchingApp);
    await resetDatabase();
    await (await testDb()).query('TRUNCATE sufficiency_snapshot');
    await createNorthEastRegion();
    analyst = await tokenFor('rcc-analyst', `region:${NORTH_EAST}`);
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('publishes Hartlepool exactly, as a council: supply, need, gap', async () => {
    const { status, body } = await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}`);
    expect(status).toBe(200);
    const t = body.tables;
    expect(body.area).toMatchObject({ id: HARTLEPOOL, kind: 'council', name: 'Hartlepool', level: 'council', cooperativeIds: [NORTH_EAST] });
    // Households: 20 in-house + 6 agency = 26; teenagers: the 20 in-house; long-term: the 20 in-house.
    expect([cell(t.households, 'all', 'in-house'), cell(t.households, 'all', 'independent-agency'), cell(t.households, 'all', 'total')]).toEqual([20, 6, 26]);
    expect([cell(t.households, 'category:teenagers', 'total'), cell(t.households, 'type:long-term', 'total')]).toEqual([20, 20]);
    // Weekly cost: mean of 20 × £500 and 6 × £900 = 15,400 / 26 = 592.3.
    expect(t.households.estimates['mean-weekly-cost|all|all']).toBeCloseTo(592.3, 0);
    // Places (all): in-house 40 = 21 filled (H-01 holds 2, H-02..H-20 one each) + 12 available (19 spare,
    // less the 7 in connected-person homes H-02..H-08) + 7 unavailable; agency 6 = 0 + 6 + 0. Totals 21, 18, 7; 46.
    const places = t.places.find((p: Json) => p.slice === 'all').table;
    expect(places.cells).toEqual([[21, 12, 7], [0, 6, 0]]);
    expect([places.rowTotals, places.columnTotals, places.grandTotal]).toEqual([[40, 6], [21, 18, 7], 46]);
    // Need is counted against the placing council: 8 open referrals + 15 placed (H-01..H-14) = 23.
    expect([cell(t.need, 'all', 'open-referral'), cell(t.need, 'all', 'placed'), cell(t.need, 'all', 'total')]).toEqual([8, 15, 23]);
    // Teenagers: 8 open + 13 placed 14-year-olds = 21. Sibling groups: the 2 siblings placed: 1–5, so 'c' (the total too).
    expect([cell(t.need, 'category:teenagers', 'total'), cell(t.need, 'category:sibling-groups', 'placed'), cell(t.need, 'category:sibling-groups', 'total')]).toEqual([21, 'c', 'c']);
    // Gap = need − filled − available: all 23 − 21 − 18 = −16; teenagers 21 − 21 − 12 = −12; sibling groups built on a 'c': 'c'.
    expect([t.gap.estimates['gap|all'], t.gap.estimates['gap|category:teenagers'], t.gap.estimates['gap|category:sibling-groups']]).toEqual([-16, -12, 'c']);
    expect(body.headline).toEqual({ households: 26, places: 46, filledPlaces: 21, availableVacancies: 18, need: 23, openReferrals: 8, placedChildren: 15, gap: -16 });
  });

  it("publishes Hartlepool's placement quality the DfE way, with the small sibling counts suppressed", async () => {
    const { body } = await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}`);
    const t = body.tables;
    // 15 Hartlepool children placed, all inside the council, all 5.0 miles from home.
    expect([cell(t.placementLocality, 'inside', '20-miles-or-less'), cell(t.placementLocality, 'total', 'total')]).toEqual([15, 15]);
    expect(t.placementLocality.percentages).toMatchObject({ 'within-20-miles': 100, 'inside-council': 100, 'at-a-distance': 0 });
    // Connected person: H-02..H-08 are U1: 7 of 15 = 46.7% → 47%.
    expect(t.connectedPerson.cells).toEqual([[7, 8]]);
    expect(t.connectedPerson.percentages['connected-person']).toBe(47);
    // Siblings: 2 children living together (one group of 2): counts of 1–5 → 'c', and so are the percentages.
    expect(t.siblings.cells).toEqual([['c', 0], ['c', 0]]);
    expect(t.siblings.rowTotals).toEqual(['c', 'c']);
    expect(t.siblings.percentages).toEqual({ 'children-living-with-all-siblings': 'c', 'sibling-groups-together': 'c' });
  });

  it("publishes Middlesbrough's gap and makes teenagers a recruitment priority", async () => {
    const { body } = await get(`/api/v1/sufficiency/councils/${MIDDLESBROUGH}`);
    const t = body.tables;
    // 6 waiting siblings (open referrals) + the 6 teenagers placed in Hartlepool homes = 12; supply: 30 places, none filled.
    expect(body.headline).toEqual({ households: 10, places: 30, filledPlaces: 0, availableVacancies: 30, need: 12, openReferrals: 6, placedChildren: 6, gap: -18 });
    // Teenagers: need 6 (placed), no Middlesbrough home open to teenagers: gap 6; sibling groups 6 − 30 = −24.
    expect([t.gap.estimates['gap|category:teenagers'], t.gap.estimates['gap|category:sibling-groups']]).toEqual([6, -24]);
    // The 6 placed in an adjoining council (Hartlepool), 25.0 miles away: 0% within 20 miles, 100% adjoining.
    expect(t.placementLocality.percentages).toMatchObject({ 'within-20-miles': 0, 'over-20-miles': 100, 'adjoining-council': 100, 'inside-council': 0 });
    // No enquiry in Middlesbrough: the teenagers' gap will not close.
    expect(body.coverage['category:teenagers']).toBe('not-within-horizon');
    expect(body.priorities).toEqual([expect.objectContaining({ category: 'teenagers', reason: 'no-pipeline', gap: 6, coverage: 'not-within-horizon' })]);
  });

  it('rounds the cooperative to the nearest 10, with percentages from unrounded counts', async () => {
    const { status, body } = await get(`/api/v1/sufficiency/cooperatives/${NORTH_EAST}`);
    expect(status).toBe(200);
    const t = body.tables;
    expect(body.area).toMatchObject({ id: NORTH_EAST, kind: 'cooperative', name: 'North East', level: 'regional' });
    expect(body.area.councils).toHaveLength(12);
    // Households 30 in-house → 30, 6 agency → 10, 36 → 40. Need 14 open → 10, 21 placed → 20, 35 → 40.
    expect([cell(t.households, 'all', 'in-house'), cell(t.households, 'all', 'independent-agency'), cell(t.households, 'all', 'total')]).toEqual([30, 10, 40]);
    expect([cell(t.need, 'all', 'open-referral'), cell(t.need, 'all', 'placed'), cell(t.need, 'all', 'total')]).toEqual([10, 20, 40]);
    // Gap all: 35 − 21 − (18 + 30) = −34 → −30. Teenagers: (8 + 13 + 6) − 21 − 12 = −6 → −10.
    expect([t.gap.estimates['gap|all'], t.gap.estimates['gap|category:teenagers']]).toEqual([-30, -10]);
    // Sibling groups need: 6 open (Middlesbrough) + 2 placed (c) → the 6 is suppressed too (secondary), total 8 → 10.
    expect([cell(t.need, 'category:sibling-groups', 'open-referral'), cell(t.need, 'category:sibling-groups', 'placed'), cell(t.need, 'category:sibling-groups', 'total')]).toEqual(['c', 'c', 10]);
    // 21 placed: 15 inside ≤ 20 miles (→ 20), 6 adjoining > 20 miles (→ 10), 21 → 20; 15/21 = 71%, 7/21 connected = 33%.
    expect([cell(t.placementLocality, 'inside', '20-miles-or-less'), cell(t.placementLocality, 'adjoining', 'over-20-miles'), cell(t.placementLocality, 'total', 'total')]).toEqual([20, 10, 20]);
    expect([t.placementLocality.percentages['within-20-miles'], t.placementLocality.percentages['adjoining-council'], t.connectedPerson.percentages['connected-person']]).toEqual([71, 29, 33]);
    expect(t.placementLocality.rounded).toBe(true);
    // Pipeline: 6 households at stage 2 open to teenagers → 10.
    expect(cell(t.pipeline, 'category:teenagers', 'stage-2')).toBe(10);
    expect(body.defaultOutlookStages).toContain('stage-2');
  });

  it('gives the CSV of every table with ONS codes in every row, and single tables', async () => {
    const all = await get(`/api/v1/sufficiency/cooperatives/${NORTH_EAST}?format=csv`);
    expect([all.status, all.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    const lines = all.text.trim().split('\r\n');
    expect(lines[0]).toBe('time_period,geographic_level,area_code,area_name,table,slice,measure,row,column,value,rounded_to');
    const codes = new Set(lines.slice(1).map((l) => l.split(',')[2]));
    expect(codes).toEqual(new Set([NORTH_EAST, ...(await councilsOf(NORTH_EAST))]));
    expect(lines).toContain(`${lines[1].split(',')[0]},council,${HARTLEPOOL},Hartlepool,siblings,,count,children,together,c,`);
    const gap = await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}/tables/gap.csv`);
    expect(gap.status).toBe(200);
    expect(gap.text).toContain(`,council,${HARTLEPOOL},Hartlepool,gap,,estimate,gap|all,,-16,`);
    expect((await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}/tables/children.csv`)).status).toBe(404);
    expect((await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}?format=xml`)).status).toBe(400);
  });

  it('keeps an analyst to their cooperative: other areas and England answer 404', async () => {
    for (const path of [`councils/${LEEDS}`, `cooperatives/${YORKSHIRE}`, 'england', `councils/${LEEDS}/trends`, `cooperatives/${YORKSHIRE}/tables/gap.csv`, 'councils/E06999999']) {
      const { status, body } = await get(`/api/v1/sufficiency/${path}`);
      expect([path, status, body.code]).toEqual([path, 404, 'SUFFICIENCY.AREA_NOT_FOUND']);
    }
    const national = await tokenFor('rcc-analyst', 'england');
    expect((await get(`/api/v1/sufficiency/councils/${LEEDS}`, national)).status).toBe(200);
    expect((await get('/api/v1/sufficiency/england', national)).body.headline.households).toBe(40);
  });

  it('never gives an analyst a record: referrals, placements and households are refused (403)', async () => {
    const { rows } = await (await testDb()).query(`SELECT id FROM referral LIMIT 1`);
    const placement = await (await testDb()).query(`SELECT id FROM placement LIMIT 1`);
    const refused = [
      await get(`/api/v1/referrals/${rows[0].id}`),
      await request(app.getHttpServer()).post(`/api/v1/referrals/${rows[0].id}/match-search`).set('authorization', `Bearer ${analyst}`).send({}),
      await request(app.getHttpServer()).post(`/api/v1/placements/${placement.rows[0].id}/end`).set('authorization', `Bearer ${analyst}`).send({}),
      await request(app.getHttpServer()).post('/api/v1/placements').set('authorization', `Bearer ${analyst}`).send({}),
      await get('/api/v1/audit-events'),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(refused.map(() => [403, 'AUTH.FORBIDDEN']));
    expect((await request(app.getHttpServer()).post('/api/v1/sufficiency/snapshots').set('authorization', `Bearer ${analyst}`).send({})).status).toBe(403);
  });

  it('takes a snapshot of every area and serves trends from it', async () => {
    const admin = await tokenFor('admin', 'england');
    const taken = await request(app.getHttpServer()).post('/api/v1/sufficiency/snapshots').set('authorization', `Bearer ${admin}`).send({});
    // England + 9 cooperatives + 153 councils.
    expect([taken.status, taken.body.areas]).toEqual([201, 163]);
    const { status, body } = await get(`/api/v1/sufficiency/councils/${HARTLEPOOL}/trends`);
    expect(status).toBe(200);
    expect(body.points).toHaveLength(1);
    expect(body.points[0].headline.gap).toBe(-16);
    expect(body.points[0].bySlice['category:teenagers']).toEqual({ need: 21, filledPlaces: 21, availableVacancies: 12, gap: -12 });
  });

  it('serves the latest snapshot while it is fresh: the same figures, without recomputing', async () => {
    const computed = (await get(`/api/v1/sufficiency/cooperatives/${NORTH_EAST}`).expect(200)).body;
    const cached = await startTestApp(createMatchingApp, { sufficiencyMaxAgeSeconds: 900 });
    try {
      const viaSnapshot = (await request(cached.getHttpServer()).get(`/api/v1/sufficiency/cooperatives/${NORTH_EAST}`).set('authorization', `Bearer ${analyst}`).expect(200)).body;
      expect(viaSnapshot).toEqual(computed);
      // A change after the snapshot is not seen until the snapshot is older than the limit.
      await (await testDb()).query(`UPDATE fostering_household SET approval_status = 'deregistered' WHERE council_code = $1`, [HARTLEPOOL]);
      const again = (await request(cached.getHttpServer()).get(`/api/v1/sufficiency/cooperatives/${NORTH_EAST}`).set('authorization', `Bearer ${analyst}`).expect(200)).body;
      expect(again).toEqual(computed);
    } finally {
      await cached.close();
    }
  });

  async function councilsOf(region: string): Promise<string[]> {
    const { rows } = await (await testDb()).query(`SELECT code FROM council WHERE region_code = $1`, [region]);
    return rows.map((r: { code: string }) => r.code);
  }
});
