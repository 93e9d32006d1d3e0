import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
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
    expect(await page.locator('svg[role="img"] title').textContent()).toBe('Supply and need by shortage category');
    await expectAccessible('cooperative dashboard');
    await page.screenshot({ path: screenshotPath('sufficiency-dashboard.png'), fullPage: true });
  });

  it("shows a council exactly, with 'c' for small counts and the priority it has", async () => {
    await page.getByRole('link', { name: `Hartlepool (${HARTLEPOOL})` }).click();
    expect(await heading()).toBe(`Hartlepool (${HARTLEPOOL})`);
    expect(await rowOf('gap-table', 'All children')).toEqual(['23', '21', '18', '-16', 'No gap']);
    expect(await rowOf('gap-table', 'Brothers and sisters (sibling groups)')).toEqual(['c', '0', '0', 'c', 'c']);
    expect(await rowOf('quality-table', 'Children with siblings in care living with all of them')).toEqual(['c', 'c', expect.any(String)]);
    await expectAccessible('council dashboard');
    await page.goto(`${baseUrl}/sufficiency/councils/E06000002`);
    expect(await page.locator('#priorities-table').innerText()).toMatch(/Teenagers\s+6\s+No household in the recruitment pipeline/);
  });

  it('answers 404 outside the cooperative, and the page made no CSP or script problems', async () => {
    const answer = await page.goto(`${baseUrl}/sufficiency/councils/E08000035`);
    expect(answer?.status()).toBe(404);
    expect(problems).toEqual([]);
  });
});
