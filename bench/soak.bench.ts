import 'reflect-metadata';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './intake/app-processes';
import { checkAfterLoad } from './soak/after-load';
import { soakAppEnv, soakAppSpecs } from './soak/app-env';
import { APP_NAMES, AppFleet } from './soak/app-fleet';
import { snapshotBuild } from './soak/build-snapshot';
import { SoakInfrastructure } from './soak/infrastructure';
import { driveLoad, type Platform } from './soak/load-phase';
import { parseOptions, USAGE, type SoakOptions } from './soak/options';
import { rssTrend, type RssTrend } from './soak/rss-sampler';
import { prepareSoakData } from './soak/soak-data';
import { printSummary, say } from './soak/summary';

/**
 * npm run soak — the three apps as separate processes on a private PostgreSQL cluster and Redis,
 * a mixed load (public enquiries by API and by form, applications, match searches, bookings and
 * their endings, sufficiency reads) for --duration, optionally restarting each part on the way
 * (--faults); then proof in PostgreSQL that everything acknowledged is there and every enquiry
 * was acknowledged once. Last line: {"requests","errors","lost","p95_ms","rss_growth_mb",…}.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const LOG_DIR = join(REPO_ROOT, '.bench', 'soak');
// Per process, so a second soak in the same checkout cannot replace the build this one restarts from.
const BUILD_DIR = join(LOG_DIR, `build-${process.pid}`);
const CENTROIDS_CSV = resolve(REPO_ROOT, '..', 'shared', 'data', 'gb_outcode_centroids.csv');
const tag = '[soak]';

interface Running {
  readonly infra: SoakInfrastructure;
  fleet: AppFleet | null;
  interrupted: boolean;
}

async function run(options: SoakOptions, running: Running): Promise<number> {
  say(`${tag} ${options.durationSeconds} s of mixed load at --rate ${options.rate}, faults ${options.faults ? 'on' : 'off'}; logs in .bench/soak/`);
  const platform = await startPlatform(options, running);
  say(`${tag} recruitment on :${platform.ports.recruitment}, matching on :${platform.ports.matching}, workers up; load starts`);
  const load = await driveLoad(options, platform, () => running.interrupted, say);
  if (running.interrupted) return 130;
  say(`${tag} load over; waiting up to ${options.drainSeconds} s for the workers to send every acknowledgement, then checking PostgreSQL`);
  const durability = await checkAfterLoad(platform, load.ledger, options.drainSeconds, load.problems, say);
  const trends = APP_NAMES.map((app) => rssTrend(app, load.sampler.samples.get(app)!)).filter((t): t is RssTrend => t !== null);
  await platform.fleet.stopAll();
  return printSummary({
    recorder: load.recorder, windows: load.windows, mix: { ...load.mix, flowErrors: [...load.mix.flowErrors, ...load.problems] },
    durability, trends, crashes: platform.fleet.crashes, ledger: load.ledger, loadSeconds: load.loadSeconds,
  });
}

/** Private PostgreSQL and Redis, the seeded database, then the three apps from a snapshot of the build. */
async function startPlatform(options: SoakOptions, running: Running): Promise<Platform> {
  const build = snapshotBuild(REPO_ROOT, BUILD_DIR);
  say(`${tag} starting a private PostgreSQL cluster and redis-server on spare ports`);
  await running.infra.start();
  const { postgres, redis } = running.infra;
  say(`${tag} PostgreSQL on 127.0.0.1:${postgres.port}, Redis on 127.0.0.1:${redis.port}; migrating and seeding (demo scale)`);
  const data = await prepareSoakData(postgres.url, join(REPO_ROOT, 'dist', 'scripts', 'seed.js'), CENTROIDS_CSV, options.seed, join(LOG_DIR, 'seed.log'));
  say(`${tag} ${data.households} households, ${data.seededReferrals.length} open referrals, ${data.pools.english.length} English outward codes (${data.pools.source === CENTROIDS_CSV ? 'from the shared data' : 'synthetic'})`);
  const ports = { recruitment: await freePort(), matching: await freePort() };
  const env = soakAppEnv(postgres.url, redis.url, ports);
  const fleet = new AppFleet(soakAppSpecs(build, env, ports), LOG_DIR);
  running.fleet = fleet;
  await fleet.startAll();
  return { infra: running.infra, fleet, data, env, ports };
}

function entryPoint(): void {
  if (process.argv.includes('--help')) return void say(USAGE);
  let options: SoakOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return void (process.exitCode = 2);
  }
  mkdirSync(LOG_DIR, { recursive: true });
  const running: Running = { infra: new SoakInfrastructure(), fleet: null, interrupted: false };
  const shutDown = async () => {
    await running.fleet?.stopAll(3_000).catch(() => undefined);
    await running.infra.remove();
    rmSync(BUILD_DIR, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    say(`\n${tag} ${signal}: stopping the apps, PostgreSQL and Redis, removing their temporary directories`);
    running.interrupted = true;
    void shutDown().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  // Last resort (an uncaught error): nothing the soak started may outlive it.
  process.once('exit', () => {
    running.fleet?.killAllNow();
    running.infra.removeNow();
  });
  run(options, running)
    .then(async (code) => { await shutDown(); process.exit(code); })
    .catch(async (error: Error) => {
      process.stderr.write(`${tag} failed: ${error.stack ?? error.message}\n`);
      await shutDown();
      process.exit(1);
    });
}

entryPoint();
