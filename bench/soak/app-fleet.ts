import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export const APP_NAMES = ['recruitment', 'matching', 'workers'] as const;
export type AppName = (typeof APP_NAMES)[number];

/** Restarts after unexpected exits, per app, before the soak stops trying. */
const MAX_CRASH_RESTARTS = 3;

export interface AppSpec {
  readonly name: AppName;
  /** The built entry point, as operators run it. */
  readonly script: string;
  readonly env: NodeJS.ProcessEnv;
  /** HTTP apps are ready when /health answers 200; the workers when they log that they are ready. */
  readonly port: number | null;
}

/**
 * The three apps as separate processes, each restartable on its own (SIGTERM for a deploy,
 * SIGKILL for a crash). An exit nobody asked for is counted as a crash and the app is started
 * again, so one bug does not end the soak but is still reported.
 */
export class AppFleet {
  private readonly children = new Map<AppName, ChildProcess>();
  private readonly expectingExit = new Set<AppName>();
  private readonly ready = new Map<AppName, boolean>();
  readonly crashes: { app: AppName; at: number; code: number | null; signal: string | null }[] = [];
  private stopping = false;

  constructor(private readonly specs: readonly AppSpec[], private readonly logDir: string, private readonly logs = new Map<AppName, WriteStream>()) {}

  pid(name: AppName): number | undefined {
    return this.children.get(name)?.pid;
  }

  async startAll(): Promise<void> {
    await Promise.all(this.specs.map((s) => this.start(s.name)));
  }

  async start(name: AppName, timeoutMs = 60_000): Promise<void> {
    const spec = this.spec(name);
    const log = this.logOf(name);
    this.ready.set(name, false);
    // The working directory is the log directory, so an app never reads a developer's .env.
    const child = spawn(process.execPath, [spec.script], { env: spec.env, cwd: this.logDir, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.set(name, child);
    child.stdout!.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (name === 'workers' && chunk.includes('workers ready')) this.ready.set(name, true);
    });
    child.stderr!.on('data', (chunk: Buffer) => log.write(chunk));
    child.once('exit', (code, signal) => {
      if (this.stopping || this.expectingExit.has(name) || this.children.get(name) !== child) return;
      this.crashes.push({ app: name, at: Date.now(), code, signal });
      // An app that keeps dying is not coming back: the next health check or restart reports it.
      if (this.crashes.filter((c) => c.app === name).length > MAX_CRASH_RESTARTS) return;
      log.write(`\n[soak] ${name} exited unexpectedly (${code ?? signal}); starting it again\n`);
      void this.start(name).catch(() => undefined);
    });
    await this.waitReady(name, child, timeoutMs);
  }

  /** Stops one app with `signal` (SIGKILL after 20 s if SIGTERM is not enough) and starts it again. */
  async restart(name: AppName, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    await this.stop(name, signal);
    await this.start(name);
  }

  async stopAll(graceMs = 20_000): Promise<void> {
    this.stopping = true;
    await Promise.all(APP_NAMES.map((name) => this.stop(name, 'SIGTERM', graceMs)));
    for (const log of this.logs.values()) log.end();
  }

  /** Last resort from a synchronous exit handler. */
  killAllNow(): void {
    this.stopping = true;
    for (const child of this.children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  /** True when every HTTP app answers /health with 200 (PostgreSQL and Redis both reachable). */
  async allHealthy(): Promise<boolean> {
    const checks = this.specs.filter((s) => s.port !== null).map((s) => healthy(s.port!));
    return (await Promise.all(checks)).every(Boolean);
  }

  private async stop(name: AppName, signal: 'SIGTERM' | 'SIGKILL', graceMs = 20_000): Promise<void> {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.expectingExit.add(name);
    try {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => { clearTimeout(timer); resolve(); });
        child.kill(signal);
      });
    } finally {
      this.expectingExit.delete(name);
    }
  }

  private async waitReady(name: AppName, child: ChildProcess, timeoutMs: number): Promise<void> {
    const port = this.spec(name).port;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited during start-up (${child.exitCode ?? child.signalCode}): see its log in ${this.logDir}`);
      if (port === null ? this.ready.get(name) : await healthy(port)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${name} was not ready within ${timeoutMs / 1000} s: see its log in ${this.logDir}`);
  }

  private spec(name: AppName): AppSpec {
    const spec = this.specs.find((s) => s.name === name);
    if (!spec) throw new Error(`no app called ${name}`);
    return spec;
  }

  private logOf(name: AppName): WriteStream {
    let log = this.logs.get(name);
    if (!log) {
      log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'w' });
      this.logs.set(name, log);
    }
    return log;
  }
}

function healthy(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
}
