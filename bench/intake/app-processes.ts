import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port the kernel says is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** App processes started by the benchmark; stopped on exit, Ctrl-C included. */
export class AppProcesses {
  private readonly children: ChildProcess[] = [];

  constructor(private readonly logFile: string) {}

  /** The first process started (the cluster primary when there are several). */
  get firstPid(): number | undefined {
    return this.children[0]?.pid;
  }

  start(script: string, env: NodeJS.ProcessEnv, nodeArgs: readonly string[], cwd: string): ChildProcess {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [...nodeArgs, script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.children.push(child);
    return child;
  }

  /** Polls /health until it answers 200; fails early if a process exits, with the end of its log. */
  async waitHealthy(baseUrl: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const exited = this.children.find((c) => c.exitCode !== null || c.signalCode !== null);
      if (exited) throw new Error(`an app process exited during start-up (${exited.exitCode ?? exited.signalCode}):\n${this.logTail()}`);
      const healthy = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      if (healthy) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the app did not become healthy within ${timeoutMs / 1000} s:\n${this.logTail()}`);
  }

  /** SIGTERM (graceful shutdown closes pools), then SIGKILL for any still running after the grace period. */
  async stopAll(graceMs = 10_000): Promise<void> {
    const running = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(running.map((child) => new Promise<void>((resolve) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, graceMs);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      child.kill('SIGTERM');
    })));
  }

  /** Last resort from a synchronous 'exit' handler. */
  killAllNow(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}
