import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/**
 * Runs an HTTP app in `processes` processes sharing its port (node:cluster), or in this process
 * when `processes` is 1. The apps keep no state in process, so any of them can take any request.
 * The primary only hands connections out and watches: a worker that dies after it started
 * listening is replaced; one that dies before (bad settings, database unreachable) stops them
 * all, since another would fail the same way. SIGTERM or SIGINT stops the workers gracefully.
 */
export async function runClustered(processes: number, logger: Logger, start: () => Promise<void>): Promise<void> {
  if (processes <= 1 || cluster.isWorker) return start();
  let stopping = false;
  const listening = new WeakSet<Worker>();
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  cluster.on('listening', (worker) => listening.add(worker));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listening.has(worker)) {
      logger.fatal({ pid: worker.process.pid, code, signal }, 'a worker process failed to start: stopping');
      process.exitCode = 1;
      return stopAll('SIGTERM');
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a worker process stopped: starting another');
    cluster.fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stopAll('SIGTERM'));
  for (let i = 0; i < processes; i++) cluster.fork();
}
