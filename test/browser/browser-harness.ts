import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { readHearthConfig, type HearthConfig } from '@app/config';

/** Debian's Chromium, without any of its calls home; CHROMIUM_PATH points elsewhere. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The real app, listening on a free local port, as a browser reaches it. */
export async function listen(create: (config: HearthConfig) => Promise<NestFastifyApplication>): Promise<{ app: NestFastifyApplication; baseUrl: string }> {
  const app = await create(readHearthConfig());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}` };
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol rather than added
 * as a script tag, which the page's Content-Security-Policy would rightly refuse.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate<AxeResults>('axe.run()');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Collects what a page's CSP refused and any uncaught script errors, which should be none. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

/** Where a test's screenshot goes: test-results/ in the repository (ignored by git), to look at after a run. */
export function screenshotPath(name: string): string {
  const dir = resolve(__dirname, '..', '..', 'test-results');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
