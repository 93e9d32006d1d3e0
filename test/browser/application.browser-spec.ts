import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, testDb, tokenFor } from '@app/testing';
import { launchChromium, listen, seriousViolations, watchForProblems, screenshotPath } from './browser-harness';
import { SECTIONS, StaffApi, type ApplicationStep } from './application.steps';

const WESTMINSTER = 'E09000033';

describe('applying to foster in Chromium, with a secure link', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staff: StaffApi;
  let problems: string[];
  let checked: string[] = [];
  let javaScriptOn = true;

  /** axe-core needs the page's own timers, which do not run with JavaScript off; the pages are the same HTML. */
  async function expectAccessible(label: string): Promise<void> {
    if (!javaScriptOn) return;
    expect({ label, violations: await seriousViolations(page) }).toEqual({ label, violations: [] });
    checked.push(label);
  }

  const path = () => new URL(page.url()).pathname;
  const press = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const heading = () => page.locator('h1').innerText();

  async function open(javaScriptEnabled: boolean): Promise<void> {
    javaScriptOn = javaScriptEnabled;
    checked = [];
    context = await browser.newContext({ javaScriptEnabled });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    problems = watchForProblems(page);
  }

  /** A section's status as a screen reader hears it: the text its task list link is described by. */
  async function statusOnTaskList(title: string): Promise<string> {
    expect(path()).toBe('/application');
    const describedBy = await page.getByRole('link', { name: title, exact: true }).getAttribute('aria-describedby');
    const statusId = describedBy!.split(' ').find((id) => id.endsWith('-status'));
    return (await page.locator(`[id="${statusId}"]`).innerText()).trim();
  }

  /** Opens the link from the email in a fresh browser, and keeps one answer for later. */
  async function startApplication(): Promise<string> {
    const applicant = await staff.visitedApplicant();
    await page.goto(`${baseUrl}${await staff.issueLink(applicant.id)}`);
    expect([path(), await heading()]).toEqual(['/application', 'Your application to foster']);
    expect(await page.locator('main').innerText()).toContain('You have completed 0 of 9 sections');
    await expectAccessible('task list');
    await page.getByRole('link', { name: 'About you', exact: true }).click();
    await page.getByLabel('Full name', { exact: true }).fill('Sam');
    await press('Save and come back later');
    expect(await statusOnTaskList('About you')).toBe('In progress');
    expect(await statusOnTaskList('Your household')).toBe('Not yet started');
    if (javaScriptOn) await page.screenshot({ path: screenshotPath('application-task-list.png'), fullPage: true });
    return applicant.id;
  }

  /** Sends the section wrong, follows the error summary to the first bad field, then answers properly. */
  async function completeSection(step: ApplicationStep): Promise<void> {
    await page.getByRole('link', { name: step.title, exact: true }).click();
    expect([path(), await heading()]).toEqual([`/application/${step.id}`, step.title]);
    await step.answerWrongly?.(page);
    await press('Save and continue');
    expect(await page.title()).toMatch(new RegExp(`^Error: ${step.title} – `));
    const firstLink = page.locator('.govuk-error-summary').getByRole('link').first();
    expect(await firstLink.getAttribute('href')).toBe(`#${step.firstErrorField}`);
    if (step.firstError) expect(await firstLink.innerText()).toBe(step.firstError);
    await expectAccessible(`${step.id} with errors`);
    if (step.id === 'about-you' && javaScriptOn) await page.screenshot({ path: screenshotPath('application-section-errors.png'), fullPage: true });
    await firstLink.click();
    if (javaScriptOn) expect(await page.locator(':focus').getAttribute('id')).toBe(step.firstErrorField);
    else expect(await page.locator(`[id="${step.firstErrorField}"]`).count()).toBe(1);
    await step.answer(page);
    await press('Save and continue');
    expect(await statusOnTaskList(step.title)).toBe('Completed');
  }

  /** Reads the answers back, changes one through its Change link, sends, and reads the status. */
  async function checkChangeAndSend(): Promise<void> {
    expect(await page.locator('main').innerText()).toContain('You have completed 9 of 9 sections');
    await page.getByRole('button', { name: 'Check your answers and send' }).click();
    expect(path()).toBe('/application/check-answers');
    await expectAccessible('check answers');
    const summary = () => page.locator('.govuk-summary-list').allInnerTexts().then((texts) => texts.join('\n'));
    expect(await summary()).toMatch(/Sam Okafor[\s\S]*7 March 1985[\s\S]*1 Example Street\nLondon[\s\S]*Own[\s\S]*Employed part-time[\s\S]*Agreed/);

    await page.getByRole('link', { name: 'Change your address', exact: true }).click();
    expect(path()).toBe('/application/about-you');
    expect(await page.getByLabel('Your address', { exact: true }).inputValue()).toBe('1 Example Street\nLondon');
    await page.getByLabel('Your address', { exact: true }).fill('2 Example Street\nLondon');
    await press('Save and continue');
    // A change made from the answers goes straight back to them.
    expect(path()).toBe('/application/check-answers');
    expect(await summary()).toContain('2 Example Street\nLondon');

    await press('Accept and send');
    expect(path()).toBe('/application/submitted');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Application sent');
    await expectAccessible('submitted');
    await page.getByRole('link', { name: 'See where your application stands' }).click();
    expect(path()).toBe('/application/status');
    expect(await page.locator('main').innerText()).toContain('We have your application.');
    await expectAccessible('status');
  }

  async function walkTheWholeApplication(): Promise<void> {
    const id = await startApplication();
    for (const step of SECTIONS) await completeSection(step);
    await checkChangeAndSend();
    const applicant = await staff.call('GET', `/api/v1/applicants/${id}`);
    expect(applicant.stage).toBe('application-submitted');
    expect(applicant.history.at(-1)).toMatchObject({ from: 'initial-visit', to: 'application-submitted', officer: 'applicant' });
    // Once sent, the sections are closed: the applicant is shown where things stand instead.
    await page.goto(`${baseUrl}/application/about-you`);
    expect(path()).toBe('/application/status');
  }

  beforeAll(async () => {
    ({ app, baseUrl } = await listen(createRecruitmentApp));
    browser = await launchChromium();
    staff = new StaffApi(baseUrl, await tokenFor('recruitment-officer', `service:LA-${WESTMINSTER}`));
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', WESTMINSTER);
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await closeTestDb();
  });

  it('completes every section after correcting an error in each, then sends the application', async () => {
    await open(true);
    await walkTheWholeApplication();
    // The task list, each section with errors, check answers, the confirmation and the status page.
    expect(checked).toHaveLength(1 + SECTIONS.length + 3);
    expect(problems).toEqual([]);
  }, 60_000);

  it('does the same with JavaScript off', async () => {
    await open(false);
    await walkTheWholeApplication();
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows a friendly page for a wrong or revoked link, and asks for a new one', async () => {
    await open(true);
    const wrong = await page.goto(`${baseUrl}/apply/not-a-real-token`);
    expect([wrong?.status(), await heading(), await page.title()]).toEqual([404, 'This link does not work', expect.stringMatching(/^This link does not work – /)]);
    await expectAccessible('wrong link');

    const applicant = await staff.visitedApplicant();
    await page.goto(`${baseUrl}${await staff.issueLink(applicant.id)}`);
    expect(path()).toBe('/application');
    await staff.call('DELETE', `/api/v1/applicants/${applicant.id}/application-link`, undefined, 204);
    const revoked = await page.reload();
    expect([revoked?.status(), await heading()]).toEqual([404, 'This link does not work']);

    await page.getByRole('button', { name: 'Ask for a new link' }).click();
    expect([path(), await heading()]).toEqual(['/application/new-link', 'Ask for a new link to your application']);
    await expectAccessible('new link form');
    await press('Send me a new link');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.govuk-error-summary').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual(['#reference', '#email']);
    await expectAccessible('new link form with errors');
    await page.getByLabel('Your reference').fill(applicant.reference.toLowerCase());
    await page.getByLabel('Email address').fill(applicant.email);
    await press('Send me a new link');
    expect(await heading()).toBe('Check your email');
    await expectAccessible('check your email');

    const { rows } = await (await testDb()).query(`SELECT payload FROM outbox_message WHERE job_name = 'recruitment.send-application-link'`);
    expect(rows).toEqual([{ payload: { schemaVersion: 1, enquiryId: applicant.id } }]);
    expect(checked).toEqual(['wrong link', 'new link form', 'new link form with errors', 'check your email']);
    expect(problems).toEqual([]);
  }, 60_000);
});
