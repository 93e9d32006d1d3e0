import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, testDb } from '@app/testing';
import { launchChromium, listen, seriousViolations, watchForProblems, screenshotPath } from './browser-harness';
import { STEPS } from './enquiry-journey.steps';

const REFERENCE = /FH-[2-9A-Z]{4}-[2-9A-Z]{4}/;

describe('enquiry journey in Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let checked: string[] = [];

  let javaScriptOn = true;

  /**
   * Every page and error state must pass axe-core with no serious or critical violation. axe
   * needs the page's own timers, which do not run with JavaScript off; the pages are the same HTML.
   */
  async function expectAccessible(label: string): Promise<void> {
    if (!javaScriptOn) return;
    expect({ label, violations: await seriousViolations(page) }).toEqual({ label, violations: [] });
    checked.push(label);
  }

  const path = () => new URL(page.url()).pathname;
  const press = (name: string) => page.getByRole('button', { name }).click();

  async function open(javaScriptEnabled: boolean): Promise<void> {
    javaScriptOn = javaScriptEnabled;
    checked = [];
    context = await browser.newContext({ javaScriptEnabled });
    page = await context.newPage();
    problems = watchForProblems(page);
  }

  /** Sends the page empty, checks the error summary and that its first link leads to the field, then answers properly. */
  async function answerAfterAnError(step: (typeof STEPS)[number], javaScript: boolean): Promise<void> {
    expect(path()).toBe(step.path);
    await expectAccessible(step.path);
    await press('Continue');
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(`${step.path} with errors`);
    const firstLink = page.locator('.govuk-error-summary').getByRole('link').first();
    expect(await firstLink.getAttribute('href')).toBe(`#${step.firstErrorField}`);
    if (step.path === '/household' && javaScript) await page.screenshot({ path: screenshotPath('enquiry-journey-errors.png'), fullPage: true });
    await firstLink.click();
    if (javaScript) expect(await page.locator(':focus').getAttribute('id')).toBe(step.firstErrorField);
    else expect(await page.locator(`#${step.firstErrorField}`).count()).toBe(1);
    await step.answer(page);
    if (step.path === '/types-of-fostering' && javaScript) {
      // GOV.UK Frontend's script (allowed by the CSP nonce) makes "Not sure yet" exclusive.
      await page.getByLabel('Not sure yet').check();
      expect(await page.getByLabel('Teenagers').isChecked()).toBe(false);
      await step.answer(page);
    }
    await press('Continue');
  }

  async function walkToCheckAnswers(javaScript: boolean): Promise<void> {
    await page.goto(`${baseUrl}/`);
    await expectAccessible('start');
    await page.getByRole('button', { name: 'Start now' }).click();
    for (const step of STEPS) {
      await answerAfterAnError(step, javaScript);
      if (step.path === '/eligibility') {
        expect(path()).toBe('/eligibility-result');
        await expectAccessible('eligibility result');
        await press('Continue');
      }
    }
    expect(path()).toBe('/check-answers');
    await expectAccessible('check answers');
  }

  async function changePostcodeAndSend(javaScript: boolean): Promise<string> {
    await page.getByRole('link', { name: 'Change postcode' }).click();
    expect(page.url()).toBe(`${baseUrl}/postcode?change=true`);
    await page.getByLabel('What is your postcode?').fill('sw1a2aa');
    await press('Continue');
    expect(path()).toBe('/check-answers');
    const summary = await page.locator('.govuk-summary-list').allInnerTexts();
    expect(summary.join('\n')).toMatch(/Robin Adebayo-Smith[\s\S]*SW1A 2AA[\s\S]*Teenagers[\s\S]*Emergency placements/);
    if (javaScript) await page.screenshot({ path: screenshotPath('enquiry-journey-check-answers.png'), fullPage: true });
    await press('Accept and send');
    expect(path()).toBe('/confirmation');
    await expectAccessible('confirmation');
    if (javaScript) await page.screenshot({ path: screenshotPath('enquiry-journey-confirmation.png'), fullPage: true });
    return REFERENCE.exec(await page.locator('.govuk-panel').innerText())![0];
  }

  async function expectStored(reference: string): Promise<void> {
    const { rows } = await (await testDb()).query(
      `SELECT channel, first_name, postcode, preferred_contact_method, interests, spare_bedrooms FROM enquiry WHERE reference = $1`, [reference]);
    expect(rows).toEqual([{
      channel: 'web-form', first_name: 'Robin', postcode: 'SW1A 2AA', preferred_contact_method: 'sms', interests: ['teenagers', 'emergency'], spare_bedrooms: 2,
    }]);
  }

  beforeAll(async () => {
    ({ app, baseUrl } = await listen(createRecruitmentApp));
    browser = await launchChromium();
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', 'E09000033');
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await closeTestDb();
  });

  it('walks the journey with JavaScript on, correcting an error on every page', async () => {
    await open(true);
    await walkToCheckAnswers(true);
    await expectStored(await changePostcodeAndSend(true));
    // Each question page with and without errors, the start, eligibility outcome, check answers and confirmation.
    expect(checked).toHaveLength(2 * STEPS.length + 4);
    expect(problems).toEqual([]);
  }, 180_000);

  it('walks the same journey with JavaScript off', async () => {
    await open(false);
    await walkToCheckAnswers(false);
    await expectStored(await changePostcodeAndSend(false));
  }, 180_000);

  it('shows accessible error pages: not found, and a form whose session has gone', async () => {
    await open(true);
    const missing = await page.goto(`${baseUrl}/no-such-page`);
    expect([missing?.status(), await page.locator('h1').innerText()]).toEqual([404, 'Page not found']);
    await expectAccessible('404 page');
    await page.goto(`${baseUrl}/eligibility`);
    await context.clearCookies();
    await STEPS[0].answer(page);
    await press('Continue');
    expect(await page.locator('h1').innerText()).toBe('Sorry, we could not accept that form');
    await expectAccessible('403 page');
    expect(checked).toEqual(['404 page', '403 page']);
    expect(problems).toEqual([]);
  }, 60_000);

  it('still renders Swagger UI at /api/docs under its own policy', async () => {
    await open(true);
    await page.goto(`${baseUrl}/api/docs`);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Hearth recruitment API' }).waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 60_000);
});
