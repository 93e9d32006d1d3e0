import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

/** CPU seconds used during the measured window, per party; null where /proc is not available. */
export interface CpuUse {
  readonly app: number | null;
  readonly postgres: number | null;
  readonly loadGenerator: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux build that matters

/** Reads user+system CPU of the app processes, their PostgreSQL backends and this process. */
export class CpuAccounting {
  private start: { app: number | null; postgres: number | null; self: NodeJS.CpuUsage } | null = null;
  private used: CpuUse | null = null;

  constructor(private readonly appPid: () => number | undefined, private readonly databaseUrl: string) {}

  async markStart(): Promise<void> {
    this.postgresPids = await this.findPostgresPids();
    this.start = { app: this.appTicks(), postgres: this.ticksOf(this.postgresPids), self: process.cpuUsage() };
  }

  markEnd(): void {
    if (!this.start) return;
    const app = this.appTicks();
    const postgres = this.ticksOf(this.postgresPids);
    const self = process.cpuUsage(this.start.self);
    this.used = {
      app: app !== null && this.start.app !== null ? (app - this.start.app) / TICKS_PER_SECOND : null,
      postgres: postgres !== null && this.start.postgres !== null ? (postgres - this.start.postgres) / TICKS_PER_SECOND : null,
      loadGenerator: (self.user + self.system) / 1e6,
    };
  }

  result(): CpuUse | null {
    return this.used;
  }

  private postgresPids: number[] = [];

  /** The app's own connections plus the WAL writer, checkpointer and background writer its commits drive. */
  private async findPostgresPids(): Promise<number[]> {
    const db = new Client({ connectionString: this.databaseUrl });
    try {
      await db.connect();
      const { rows } = await db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
          WHERE (datname = current_database() AND application_name = 'hearth')
             OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`);
      return rows.map((r) => r.pid);
    } catch {
      return [];
    } finally {
      await db.end().catch(() => undefined);
    }
  }

  /** The app process and every process below it (cluster workers). */
  private appTicks(): number | null {
    const root = this.appPid();
    if (root === undefined) return null;
    const children = new Map<number, number[]>();
    for (const [pid, ppid] of this.processParents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    const tree: number[] = [];
    for (const queue = [root]; queue.length > 0;) {
      const pid = queue.pop()!;
      tree.push(pid);
      queue.push(...(children.get(pid) ?? []));
    }
    return this.ticksOf(tree);
  }

  private processParents(): [number, number][] {
    try {
      return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
        const fields = statFields(Number(d));
        return fields ? [[Number(d), Number(fields[1])] as [number, number]] : [];
      });
    } catch {
      return [];
    }
  }

  private ticksOf(pids: readonly number[]): number | null {
    if (pids.length === 0) return null;
    let ticks = 0;
    for (const pid of pids) {
      const fields = statFields(pid);
      if (fields) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks;
  }
}

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, …, utime at 11, stime at 12]. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}
