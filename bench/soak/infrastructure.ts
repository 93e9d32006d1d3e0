import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../intake/app-processes';
import { clusterDirectory, PostgresCluster } from './postgres-cluster';
import { RedisInstance } from './redis-instance';

/**
 * The soak's private PostgreSQL and Redis, in temporary directories, on spare ports. Removed on
 * every way out: normal end, failure, Ctrl-C (async `remove`) and process exit (`removeNow`).
 */
export class SoakInfrastructure {
  private postgresCluster: PostgresCluster | null = null;
  private redisServer: RedisInstance | null = null;
  private readonly dirs: string[] = [];
  private removed = false;

  get postgres(): PostgresCluster {
    if (!this.postgresCluster) throw new Error('PostgreSQL is not started');
    return this.postgresCluster;
  }

  get redis(): RedisInstance {
    if (!this.redisServer) throw new Error('Redis is not started');
    return this.redisServer;
  }

  async start(): Promise<void> {
    const redisDir = mkdtempSync(join(tmpdir(), 'hearth-soak-redis-'));
    this.dirs.push(redisDir);
    this.redisServer = new RedisInstance(await freePort(), redisDir);
    await this.redisServer.start();
    const pgDir = clusterDirectory();
    this.dirs.push(pgDir);
    this.postgresCluster = await PostgresCluster.create(pgDir, await freePort());
    await this.postgresCluster.start();
  }

  async remove(): Promise<void> {
    if (this.removed) return;
    await this.postgresCluster?.stop('immediate').catch(() => undefined);
    await this.redisServer?.kill();
    this.removeDirs();
  }

  /** For a synchronous exit handler. */
  removeNow(): void {
    if (this.removed) return;
    this.postgresCluster?.stopNowSync();
    this.redisServer?.killNowSync();
    this.removeDirs();
  }

  private removeDirs(): void {
    this.removed = true;
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}
