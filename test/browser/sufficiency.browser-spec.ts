import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { TakeSufficiencySnapshotUseCase } from '@app/sufficiency';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { createNorthEastRegion, HARTLEPOOL, NORTH_EAST } from '../e2e/sufficiency-region.fixture';
import { launchChromium, listen, seriousViolations, watchForProblems, screenshotPath } from './browser-harness';

describe('the sufficiency dashboard in Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  const path = () => new URL(page.url()).pathname;
  const heading = () => page.locator('h1').first().innerText();
  const rowOf = async (tableId: string, header: string) => (await page.locator(`#${tableId} tbody tr`).filter({ has: page.locator('th', { hasText: header }) }).first().locator('td').allInnerTexts());
  const expectAccessible = async (label: string) => expect({ label, violations: await seriousViolations(page) }).toEqual({ label, violations: [] });

  beforeAll(async () => {
    await resetDatabase();
    await (await testDb()).query('TRUNCATE sufficiency_snapshot');
    await createNorthEastRegion();
    ({ app, baseUrl } = await listen(createMatchingApp));
    await takeSnapshotsOverFiveDays(app.get(TakeSufficiencySnapshotUseCase));
    browser = await launchChromium();
    context = await browser.newContext();
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    problems = watchForProblems(page);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await closeTestDb();
  });

  it('signs an analyst in and shows their cooperative, rounded, with the legend', async () => {
    await page.goto(`${baseUrl}/sufficiency`);
    expect(path()).toBe('/sign-in');
    await page.getByLabel('Staff id').fill('dev.analyst');
    await page.getByLabel('rcc-analyst', { exact: true }).check();
    await page.getByLabel('Scope').fill(`region:${NORTH_EAST}`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.goto(`${baseUrl}/sufficiency`);
    expect([path(), await heading()]).toEqual([`/sufficiency/cooperatives/${NORTH_EAST}`, `North East (${NORTH_EAST})`]);
    expect(await page.locator('#legend').innerText()).toMatch(/c means the figure is suppressed[\s\S]*rounded to the nearest 10/);
    // Hand-worked in test/e2e/sufficiency.e2e-spec.ts: need 35 → 40, gap −34 → −30.
    expect(await page.locator('#headline').innerText()).toMatch(/Children needing or in foster care\s+40[\s\S]*Gap[^\n]*\s+-30/);
    expect(await rowOf('gap-table', 'All children')).toEqual(['40', '20', '50', '-30', 'No gap']);
    expect(await rowOf('quality-table', 'Placed 20 miles or less from home')).toEqual(['71%', '71%', expect.stringMatching(/^\d+% \(2025\)$|^Not published$/)]);
    expect(await page.locator('svg[role="img"] title').first().textContent()).toBe('Supply and need by shortage category');
    await expectAccessible('cooperative dashboard');
    await page.screenshot({ path: screenshotPath('sufficiency-dashboard.png'), fullPage: true });
  }, 30_000);

  it("shows a council exactly, with 'c' for small counts and the priority it has", async () => {
    await page.getByRole('link', { name: `Hartlepool (${HARTLEPOOL})` }).click();
    expect(await heading()).toBe(`Hartlepool (${HARTLEPOOL})`);
    expect(await rowOf('gap-table', 'All children')).toEqual(['23', '21', '18', '-16', 'No gap']);
    expect(await rowOf('gap-table', 'Brothers and sisters (sibling groups)')).toEqual(['c', '0', '0', 'c', 'c']);
    expect(await rowOf('quality-table', 'Children with siblings in care living with all of them')).toEqual(['c', 'c', expect.any(String)]);
    // The gap after 12 months allows for carers leaving (12% a year, configured): worked out in test/e2e/sufficiency-projection.e2e-spec.ts.
    expect((await rowOf('pipeline-table', 'Teenagers')).at(-1)).toBe('-13');
    expect(await page.locator('#projection-assumptions + ul').innerText()).toMatch(/Carers leaving: 12% of homes a year \(a configured rate/);
    await expectAccessible('council dashboard');
    await page.goto(`${baseUrl}/sufficiency/councils/E06000002`);
    expect(await page.locator('#priorities-table').innerText()).toMatch(/Teenagers\s+6\s+No household in the recruitment pipeline/);
  }, 30_000);

  it('draws supply and need over time for each category, with its table beside it and suppressed figures as gaps', async () => {
    await page.goto(`${baseUrl}/sufficiency/councils/${HARTLEPOOL}`);
    expect(await page.locator('svg[id^="trend-"][role="img"]').count()).toBe(6);
    // Sibling groups' need in Hartlepool: 2 children (c) on days 1 and 4, 8 on days 2, 3 and 5.
    const chart = page.locator('#trend-category-sibling-groups');
    expect(await chart.locator('title').textContent()).toBe('Brothers and sisters (sibling groups): supply and need over time');
    expect([await chart.locator('[data-series="need"] rect').count(), await chart.locator('[data-series="need"] polyline').count()]).toEqual([3, 1]);
    const table = (await page.locator('#trend-category-sibling-groups-table tbody tr').allInnerTexts()).map((row) => row.split('\t'));
    expect(table.map((r) => r[2])).toEqual(['c', '8', '8', 'c', '8']);
    expect(table[0][0]).toBe('2 Nov 2026');
    await expectAccessible('council dashboard with trend charts');
    await page.screenshot({ path: screenshotPath('sufficiency-trend-charts.png'), fullPage: true });
    await page.locator('#trend-category-sibling-groups').locator('xpath=../..').screenshot({ path: screenshotPath('sufficiency-trend-chart-sibling-groups.png') });
    expect(problems).toEqual([]);
  }, 30_000);

  it('answers 404 outside the cooperative, and the page made no CSP or script problems', async () => {
    const answer = await page.goto(`${baseUrl}/sufficiency/councils/E08000035`);
    expect(answer?.status()).toBe(404);
    expect(problems).toEqual([]);
  }, 30_000);
});

/**
 * Five daily snapshots of the fixture, the sibling groups' need changing between them: 2 children
 * (suppressed) on days 1 and 4, 8 on days 2, 3 and 5 (3 more sibling groups of 2 referred). The
 * fixture is as it was afterwards.
 */
async function takeSnapshotsOverFiveDays(snapshots: TakeSufficiencySnapshotUseCase): Promise<void> {
  const db = await testDb();
  const refer = async () => {
    for (let i = 0; i < 3; i++) {
      const { rows } = await db.query(`INSERT INTO referral (placing_council_code, sibling_group_id, family_home_latitude, family_home_longitude, fostering_type, created_by)
        VALUES ($1, gen_random_uuid(), 54.6, -1.2, 'long-term', 'trend-fixture') RETURNING id`, [HARTLEPOOL]);
      await db.query(`INSERT INTO referral_child (referral_id, position, age_years, shortage_categories) VALUES ($1, 0, 7, '{sibling-groups}'), ($1, 1, 9, '{sibling-groups}')`, [rows[0].id]);
    }
  };
  const withdraw = () => db.query(`DELETE FROM referral WHERE created_by = 'trend-fixture'`);
  const on = (day: number) => snapshots.execute(new Date(Date.UTC(2026, 10, 1 + day, 12)));
  await on(1);
  await refer();
  await on(2);
  await on(3);
  await withdraw();
  await on(4);
  await refer();
  await on(5);
  await withdraw();
}
