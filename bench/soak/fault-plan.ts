import { performance } from 'node:perf_hooks';
import type { AppFleet, AppName } from './app-fleet';
import { sleep } from './flow-context';
import type { PostgresCluster } from './postgres-cluster';
import type { RedisInstance } from './redis-instance';

export type FaultTarget = AppName | 'redis' | 'postgres';

/** One fault, from the moment it was injected until every app was healthy again (plus a short grace). */
export interface FaultWindow {
  readonly target: FaultTarget;
  readonly action: string;
  readonly start: number;
  end: number;
  /** Seconds from injection until the platform answered healthy again. */
  recoverySeconds: number;
}

interface Fault {
  readonly at: number;
  readonly target: FaultTarget;
  readonly action: string;
  readonly inject: () => Promise<void>;
}

/** After health returns, connections a load balancer still holds may be stale for a moment. */
const GRACE_MS = 1_000;
const DOWN_MS = 2_000;
const RECOVERY_TIMEOUT_MS = 90_000;

/**
 * Restarts each part of the platform in turn during the run (at fixed fractions of it), one at a
 * time: each app with SIGTERM (a deploy), the workers once with SIGKILL (a crash), PostgreSQL
 * (immediate stop: crash recovery on start) and Redis (killed without persistence: every job
 * lost). Redis comes last, so nothing restarts the workers after it: they must find their way
 * back to a Redis that has forgotten everything on their own.
 */
export class FaultPlan {
  readonly windows: FaultWindow[] = [];
  private finished = false;

  constructor(private readonly fleet: AppFleet, private readonly redis: RedisInstance, private readonly postgres: PostgresCluster, private readonly say: (line: string) => void) {}

  get done(): boolean {
    return this.finished;
  }

  /** Runs every fault, `startedAt` being the start of the load; returns when the last one has recovered. */
  async run(startedAt: number, durationMs: number, aborted: () => boolean): Promise<void> {
    const faults: Fault[] = [
      { at: 0.12, target: 'recruitment', action: 'SIGTERM and start again', inject: () => this.fleet.restart('recruitment', 'SIGTERM') },
      { at: 0.24, target: 'matching', action: 'SIGTERM and start again', inject: () => this.fleet.restart('matching', 'SIGTERM') },
      { at: 0.36, target: 'workers', action: 'SIGKILL and start again', inject: () => this.fleet.restart('workers', 'SIGKILL') },
      { at: 0.48, target: 'postgres', action: `immediate stop, ${DOWN_MS / 1000} s down, start`, inject: () => this.postgres.restart(DOWN_MS) },
      { at: 0.62, target: 'workers', action: 'SIGTERM and start again', inject: () => this.fleet.restart('workers', 'SIGTERM') },
      { at: 0.74, target: 'redis', action: `SIGKILL (no persistence), ${DOWN_MS / 1000} s down, start`, inject: () => this.redis.restart(DOWN_MS) },
    ];
    try {
      for (const fault of faults) {
        while (!aborted() && performance.now() < startedAt + fault.at * durationMs) await sleep(100);
        if (aborted()) return;
        await this.inject(fault);
      }
    } finally {
      this.finished = true;
    }
  }

  private async inject(fault: Fault): Promise<void> {
    const window: FaultWindow = { target: fault.target, action: fault.action, start: performance.now(), end: Infinity, recoverySeconds: NaN };
    this.windows.push(window);
    this.say(`[soak] fault: ${fault.target} ${fault.action}`);
    await fault.inject();
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    while (!(await this.fleet.allHealthy())) {
      if (Date.now() > deadline) throw new Error(`the platform did not recover within ${RECOVERY_TIMEOUT_MS / 1000} s of: ${fault.target} ${fault.action}`);
      await sleep(100);
    }
    const healthyAt = performance.now();
    window.recoverySeconds = (healthyAt - window.start) / 1000;
    window.end = healthyAt + GRACE_MS;
    this.say(`[soak]   healthy again after ${window.recoverySeconds.toFixed(1)} s`);
  }
}

/** Which windows excuse a failed request to `app`: its own restarts, and every Redis or PostgreSQL outage. */
export function excuses(window: FaultWindow, app: AppName): boolean {
  return window.target === app || window.target === 'redis' || window.target === 'postgres';
}
