import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster of the soak's own (initdb in a temporary directory, a spare
 * port), so restarting it never disturbs the machine's own server or anything else using it.
 * PostgreSQL refuses to run as root, so as root every command runs as the postgres OS user.
 */
export class PostgresCluster {
  private running = false;

  private constructor(private readonly bin: string, private readonly dir: string, readonly port: number, private readonly asUser: string[]) {}

  /** Runs initdb in `dir` (which it then owns). */
  static async create(dir: string, port: number): Promise<PostgresCluster> {
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    if (asUser.length > 0) {
      const [uid, gid] = (['-u', '-g'] as const).map(postgresId);
      chownSync(dir, uid, gid);
    }
    const cluster = new PostgresCluster(findBinDir(), dir, port, asUser);
    await cluster.exec('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/hearth_soak`;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private get logFile(): string {
    return join(this.dir, 'postgres.log');
  }

  async start(): Promise<void> {
    // Unix socket in the cluster's own directory; TCP on 127.0.0.1 only. fsync stays on: the soak checks durability.
    const settings = `-p ${this.port} -k '${this.dir}' -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=32MB`;
    await this.exec('pg_ctl', ['-D', this.dataDir, '-l', this.logFile, '-w', '-t', '60', '-o', settings, 'start']);
    this.running = true;
  }

  /** `immediate` is a crash as far as clients and the WAL are concerned: recovery replays the log on start. */
  async stop(mode: 'fast' | 'immediate'): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  /** Stops it at once and, after `downMs`, starts it again. */
  async restart(downMs: number): Promise<void> {
    await this.stop('immediate');
    await new Promise((r) => setTimeout(r, downMs));
    await this.start();
  }

  /** For a synchronous exit handler: no promises there. */
  stopNowSync(): void {
    if (!this.running) return;
    this.running = false;
    const [command, ...args] = [...this.asUser, join(this.bin, 'pg_ctl'), '-D', this.dataDir, '-m', 'immediate', '-w', 'stop'];
    spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
  }

  logTail(lines = 20): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no PostgreSQL log)';
    }
  }

  private async exec(tool: string, args: string[]): Promise<void> {
    const [command, ...rest] = [...this.asUser, join(this.bin, tool), ...args];
    try {
      await run(command, rest, { cwd: this.dir, timeout: 120_000 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${tool} failed: ${(e.stderr || e.stdout || e.message).trim()}\n${this.logTail()}`);
    }
  }
}

/** The postgres OS user's uid or gid: as root, the cluster's files must be theirs. */
function postgresId(flag: '-u' | '-g'): number {
  try {
    return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    throw new Error('Run as root, the soak starts PostgreSQL as the postgres OS user, and there is none: install PostgreSQL, or run as an ordinary user');
  }
}

/** Where initdb and pg_ctl live: pg_config's answer, else the newest /usr/lib/postgresql/<version>/bin (Debian keeps them off PATH). */
function findBinDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on PATH: try the packaged layout
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+(\.\d+)?$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('The soak needs PostgreSQL\'s initdb and pg_ctl (e.g. apt-get install postgresql); none found via pg_config or /usr/lib/postgresql');
  return found;
}

/** A fresh directory of its own under the system's temporary directory (the postgres user must be able to reach it). */
export function clusterDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'hearth-soak-pg-'));
}
