import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@app/testing';

/** The three apps as operators run them: built, started from dist/, stopped with SIGTERM. */
const root = resolve(__dirname, '../..');

function start(app: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [`dist/apps/${app}/src/main.js`], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', ...env } });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function waitFor(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
/** Nest closes the app on SIGTERM, then re-raises the signal so the process ends as killed by it. */
const stoppedCleanly = (child: ChildProcess) =>
  new Promise<boolean>((done) => child.once('exit', (code, signal) => done(code === 0 || signal === 'SIGTERM')));

describe('booting the built apps', () => {
  beforeAll(() => {
    execFileSync('bash', ['scripts/ensure-built.sh'], { cwd: root, stdio: 'inherit' });
  }, 120_000);

  it.each(['recruitment', 'matching'])('starts %s, answers /health with JSON logs carrying a correlation id, and stops on SIGTERM', async (app) => {
    const port = await freePort();
    const { child, output } = start(app, { RECRUITMENT_PORT: String(port), MATCHING_PORT: String(port) });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true);
    const response = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-correlation-id': 'boot-test-1' } });
    expect(response.headers.get('x-correlation-id')).toBe('boot-test-1');
    await waitFor(() => output().includes('"reqId":"boot-test-1"'));
    const line = output().split('\n').find((l) => l.includes('"reqId":"boot-test-1"'))!;
    expect(JSON.parse(line)).toMatchObject({ app, reqId: 'boot-test-1' });
    const stopped = stoppedCleanly(child);
    child.kill('SIGTERM');
    expect(await stopped).toBe(true);
  }, 60_000);

  it('starts the workers without HTTP and stops on SIGTERM', async () => {
    const { child, output } = start('workers', {});
    await waitFor(() => output().includes('workers ready'));
    const stopped = stoppedCleanly(child);
    child.kill('SIGTERM');
    expect(await stopped).toBe(true);
  }, 60_000);

  it('refuses to start on bad configuration, naming each variable', async () => {
    const { child, output } = start('recruitment', { RECRUITMENT_PORT: 'ninety', REDIS_URL: 'http://x' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('RECRUITMENT_PORT must be a whole number from 1 to 65535 (got "ninety")');
    expect(output()).toContain('REDIS_URL must be a URL (redis or rediss)');
  }, 30_000);
});
