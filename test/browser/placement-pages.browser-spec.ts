import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, tokenFor } from '@app/testing';
import { launchChromium, listen, seriousViolations, watchForProblems, screenshotPath } from './browser-harness';

const MANCHESTER = 'E08000003';
const STOCKPORT = 'E08000007';
const LIVERPOOL = 'E08000012';

describe('placement officer pages in Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let checked: string[] = [];
  let javaScriptOn = true;
  let homes: { near: string; adjoining: string; far: string };

  /** axe-core needs the page's own timers, which do not run with JavaScript off; the pages are the same HTML. */
  async function expectAccessible(label: string): Promise<void> {
    if (!javaScriptOn) return;
    expect({ label, violations: await seriousViolations(page) }).toEqual({ label, violations: [] });
    checked.push(label);
  }

  const path = () => new URL(page.url()).pathname;
  const heading = () => page.locator('h1').first().innerText();
  const press = (name: string) => page.getByRole('button', { name, exact: true }).first().click();
  const field = (id: string) => page.locator(`[id="${id}"]`);
  const label = (householdId: string) => `Home ${householdId.slice(0, 8).toUpperCase()}`;

  async function register(serviceCode: string, postcode: string, maxChildren: number): Promise<string> {
    const admin = await tokenFor('admin', 'england');
    const answer = await fetch(`${baseUrl}/api/v1/households`, {
      method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceCode, postcode, approvalStatus: 'approved', yearsFostering: 6, weeklyCostPounds: 480, shortageCategories: ['sibling-groups'],
        terms: { minAge: 0, maxAge: 18, maxChildren, fosteringTypes: ['short-term', 'long-term'] },
      }),
    });
    expect(answer.status).toBe(201);
    return ((await answer.json()) as { id: string }).id;
  }

  async function open(javaScriptEnabled: boolean): Promise<void> {
    javaScriptOn = javaScriptEnabled;
    checked = [];
    context = await browser.newContext({ javaScriptEnabled });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    problems = watchForProblems(page);
  }

  async function signIn(): Promise<void> {
    await page.goto(`${baseUrl}/`);
    expect([path(), await heading()]).toEqual(['/sign-in', 'Sign in (development)']);
    await expectAccessible('sign-in');
    await page.getByLabel('Staff id').fill('dev.officer');
    await page.getByLabel('placement-officer', { exact: true }).check();
    await page.getByLabel('Scope').fill(`council:${MANCHESTER}`);
    await press('Sign in');
    expect([path(), await heading()]).toEqual(['/', 'Open referrals']);
    await expectAccessible('open referrals');
  }

  /** A sibling group sent first without the second child's age, then corrected. */
  async function createSiblingReferral(): Promise<void> {
    await page.getByRole('button', { name: 'Create a referral' }).click();
    expect(path()).toBe('/referrals/new');
    await expectAccessible('referral size');
    await page.getByLabel('How many children').fill('2');
    await page.getByLabel('How many areas').fill('1');
    await press('Continue');
    expect(await heading()).toBe('About the 2 children');
    await expectAccessible('referral form');
    await field('children.0.ageYears').fill('7');
    await page.locator('[name="children.0.shortageCategories"][value="sibling-groups"]').check();
    await page.locator('[name="children.1.needs"][value="autism"]').check();
    await page.getByLabel('Family home postcode').fill('M1 1AE');
    await page.getByLabel('School postcode (optional)').fill('m14 5aa');
    await page.getByLabel('Short term', { exact: true }).check();
    await page.getByLabel('Postcode at the centre of the area').fill('L1 1AA');
    await page.getByLabel('Miles around it').fill('3');
    await press('Create referral');
    expect(await page.title()).toMatch(/^Error: About the 2 children – /);
    const firstError = page.locator('.govuk-error-summary').getByRole('link').first();
    expect([await firstError.getAttribute('href'), await firstError.innerText()]).toEqual(['#children.1.ageYears', 'Enter the age of child 2 in whole years, from 0 to 20']);
    // What was typed is kept, ticked boxes included.
    expect(await page.locator('[name="children.1.needs"][value="autism"]').isChecked()).toBe(true);
    await expectAccessible('referral form with an error');
    await firstError.click();
    await field('children.1.ageYears').fill('9');
    await press('Create referral');
    expect(await heading()).toBe('Referral for 2 brothers and sisters');
    await expectAccessible('referral');
  }

  /** Runs the search, reads why the first home ranked first, compares two and shortlists one. */
  async function searchCompareShortlist(): Promise<void> {
    await page.getByRole('button', { name: 'Find homes' }).click();
    expect(await heading()).toBe('Homes for 2 brothers and sisters');
    const titles = await page.locator('section h2').allInnerTexts();
    expect(titles.map((t) => t.split('\n')[0].trim())).toEqual([`1. ${label(homes.near)}`, `2. ${label(homes.adjoining)}`].map((t) => expect.stringContaining(t)));
    expect(await page.locator('main').innerText()).toMatch(/Homes left out, and why/);
    // Details are closed, but the note saying what the counts leave out is in the page.
    expect(await page.locator('main .govuk-details').first().textContent()).toContain('are not counted here or in the households considered');
    await expectAccessible('results');
    await page.getByText(`Why ${label(homes.near)} is ranked 1`).click();
    const why = page.locator(`[id="home-${homes.near}"] .govuk-details table`);
    expect(await why.isVisible()).toBe(true);
    expect(await why.innerText()).toMatch(/Near the family home\s+\S.*miles from the family home/);
    if (javaScriptOn) await page.screenshot({ path: screenshotPath('placement-results.png'), fullPage: true });
    await page.getByLabel(`Select ${label(homes.near)} to compare`).check();
    await page.getByLabel(`Select ${label(homes.adjoining)} to compare`).check();
    await press('Compare selected homes');
    expect([path(), await heading()]).toEqual([expect.stringMatching(/\/compare$/), 'Compare 2 homes']);
    expect(await page.locator('table thead th').allInnerTexts()).toEqual(['Home', `1. ${label(homes.near)}`, `2. ${label(homes.adjoining)}`]);
    await expectAccessible('compare');
    if (javaScriptOn) await page.screenshot({ path: screenshotPath('placement-compare.png'), fullPage: true });
    await page.getByRole('link', { name: 'Back to all the homes' }).click();
    await page.locator(`[id="home-${homes.near}"]`).getByRole('button', { name: /Add to shortlist/ }).click();
    expect(await page.locator(`[id="home-${homes.near}"] h2`).innerText()).toContain('Shortlisted');
  }

  /** Books the shortlisted home, reads the confirmation, then ends one of the placements. */
  async function bookAndEnd(): Promise<void> {
    await page.locator(`[id="home-${homes.near}"]`).getByRole('button', { name: /Book this home/ }).click();
    expect(await heading()).toBe(`Book ${label(homes.near)}`);
    await expectAccessible('book');
    await press('Confirm booking');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Placement booked');
    expect(await page.locator('main').innerText()).toMatch(/U6: Foster placement with another foster carer[\s\S]*PR1/);
    await expectAccessible('booked');
    await page.getByRole('link', { name: 'End this placement (child aged 7)' }).click();
    expect(await heading()).toBe('End this placement');
    await expectAccessible('end placement');
    await press('End placement');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter why the placement ended');
    await expectAccessible('end placement with an error');
    await page.getByLabel('Why did the placement end?').fill('Returned home');
    await press('End placement');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Placement ended');
    await expectAccessible('placement ended');
  }

  /** The referral is placed now: booking another home for it is refused with the reason. */
  async function bookingAgainIsRefused(referralPath: string): Promise<void> {
    await page.goto(`${baseUrl}${referralPath}/book/${homes.adjoining}`);
    const answer = await page.getByRole('button', { name: 'Confirm booking' }).click().then(() => page.locator('h1').innerText());
    expect(answer).toBe('This home cannot be booked');
    expect(await page.locator('[data-testid="conflict-reason"]').innerText()).toBe('This referral is placed');
    await expectAccessible('booking refused');
  }

  async function walkThrough(): Promise<void> {
    await signIn();
    await createSiblingReferral();
    const referralPath = path();
    await searchCompareShortlist();
    await bookAndEnd();
    await bookingAgainIsRefused(referralPath);
  }

  beforeAll(async () => {
    ({ app, baseUrl } = await listen(createMatchingApp));
    browser = await launchChromium();
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('M1', MANCHESTER, 'E', { latitude: 53.4794, longitude: -2.2453 });
    await createOutcodeLocation('M14', MANCHESTER, 'E', { latitude: 53.45, longitude: -2.22 });
    await createOutcodeLocation('SK1', STOCKPORT, 'E', { latitude: 53.4083, longitude: -2.1494 });
    await createOutcodeLocation('L1', LIVERPOOL, 'E', { latitude: 53.4034, longitude: -2.982 });
    homes = {
      near: await register('LA-E08000003', 'M14 5AA', 3),
      adjoining: await register('LA-E08000007', 'SK1 3AA', 3),
      far: await register('LA-E08000012', 'L1 8JQ', 3),
    };
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await closeTestDb();
  });

  it('signs in, creates a sibling-group referral after an error, searches, compares, shortlists, books and ends a placement', async () => {
    await open(true);
    await walkThrough();
    expect(checked).toEqual([
      'sign-in', 'open referrals', 'referral size', 'referral form', 'referral form with an error', 'referral', 'results', 'compare', 'book',
      'booked', 'end placement', 'end placement with an error', 'placement ended', 'booking refused',
    ]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('does the same with JavaScript off', async () => {
    await open(false);
    await walkThrough();
    expect(problems).toEqual([]);
  }, 90_000);
});
