import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, tokenFor } from '@app/testing';
import { launchChromium, listen, screenshotPath, watchForProblems } from './browser-harness';

/**
 * The dashboard is bull-board's own React page. Admins reach it with their bearer token (a
 * proxy or browser extension adds it to every request, as here), under the app's CSP.
 */
describe('the queue dashboard in Chromium', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ app, baseUrl } = await listen(createRecruitmentApp));
    browser = await launchChromium();
    context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${await tokenFor('admin', 'england')}` } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchForProblems(page);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await closeTestDb();
  });

  it('renders every queue and a queue\'s jobs, with no request refused and nothing blocked by the CSP but a third-party web font', async () => {
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${baseUrl}/admin/queues`);
    await page.getByText('housekeeping', { exact: false }).first().waitFor();
    await page.getByText('recruitment', { exact: false }).first().click();
    await page.getByText(/^completed$/i).first().waitFor();
    await page.screenshot({ path: screenshotPath('queue-dashboard.png'), fullPage: true });
    expect(refused).toEqual([]);
    expect(problems.filter((p) => !p.includes('fonts.googleapis.com'))).toEqual([]);
  });
});
