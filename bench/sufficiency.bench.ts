import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintStaffToken } from '@app/auth';
import { readHearthConfig } from '@app/config';
import { dataSourceOptions, runMigrations, SufficiencyRepository } from '@app/persistence';
import { createMatchingApp } from '../apps/matching/src/create-matching-app';
import { allAreas, areaReport, RecomputeSufficiencyUseCase } from '@app/sufficiency';
import { prepareBenchData } from './matching/bench-database';
import { benchDatabaseUrl } from './shared/flags';
import { addSyntheticFunnel } from './sufficiency/pipeline';
import { resolve } from 'node:path';

/**
 * npm run bench:sufficiency — on the national seed (plus a synthetic recruitment funnel): the full
 * recompute for England (load from PostgreSQL, every council and cooperative, every category, the
 * projection; then publishing every area through disclosure control), and the dashboard API's
 * response times as an analyst sees them, one request at a time, over HTTP.
 */
const REPO_ROOT = resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const say = (line: string) => void process.stdout.write(`[bench:sufficiency] ${line}\n`);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function prepare(url: string): Promise<{ households: number; children: number }> {
  await prepareBenchData(REPO_ROOT, url, 10, 20251124, false);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM enquiry WHERE reference LIKE 'Z%'`);
    if (rows[0].n === 0) {
      say('adding a synthetic recruitment funnel (open enquiries and two years of history in every council)');
      await addSyntheticFunnel(db, 60, 400);
      await db.query('ANALYZE');
    }
    const counts = await db.query(`SELECT (SELECT count(*) FROM fostering_household WHERE approval_status <> 'deregistered')::int AS households,
      ((SELECT count(*) FROM placement WHERE ended_at IS NULL) + (SELECT count(*) FROM referral_child rc JOIN referral r ON r.id = rc.referral_id WHERE r.status = 'open'))::int AS children`);
    return counts.rows[0];
  } finally {
    await db.end();
  }
}

async function timeRecompute(url: string): Promise<{ recompute: number[]; load: number[]; publish: number[] }> {
  const dataSource = await new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'hearth-bench-sufficiency' })).initialize();
  const sut = new RecomputeSufficiencyUseCase(new SufficiencyRepository(dataSource), benchConfig(url));
  const out = { recompute: [] as number[], load: [] as number[], publish: [] as number[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const c = await sut.execute(new Date());
      const computed = performance.now();
      for (const area of allAreas(c.inputs)) areaReport(c, area);
      const published = performance.now();
      out.recompute.push(computed - started);
      out.load.push(c.timings.loadMs);
      out.publish.push(published - computed);
      if (i === 0) say(`inputs: ${c.inputs.households.length} households, ${c.inputs.children.length} children, ${c.inputs.pipeline.length} in the pipeline; outlooks defaulted: ${c.inputs.defaultedStages.join(', ') || 'none'}`);
    }
  } finally {
    await dataSource.destroy();
  }
  return out;
}

/** The apps' configuration for the bench database, with bench-only secrets unless real ones are set. */
function benchConfig(url: string) {
  return readHearthConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', NODE_ENV: 'development',
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET ?? 'bench-only-secret-bench-only-secret-0123', SESSION_SECRET: process.env.SESSION_SECRET ?? 'bench-only-session-secret-bench-only-0123' });
}

async function timeDashboard(url: string): Promise<number[]> {
  const config = benchConfig(url);
  const app: NestFastifyApplication = await createMatchingApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const token = await mintStaffToken(config, { subject: 'bench-analyst', role: 'rcc-analyst', scope: { kind: 'region', code: 'E12000007' }, ttlSeconds: 3600 });
  const paths = ['/api/v1/sufficiency/cooperatives/E12000007', '/api/v1/sufficiency/councils/E09000033', '/api/v1/sufficiency/councils/E09000001'];
  const times: number[] = [];
  const fromSnapshot: number[] = [];
  try {
    for (let i = 0; i < REQUESTS + 5; i++) {
      const started = performance.now();
      const answer = await fetch(`${base}${paths[i % paths.length]}`, { headers: { authorization: `Bearer ${token}` } });
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`dashboard answered ${answer.status}`);
      if (i >= 5) times.push(performance.now() - started);
    }
    // What reading stored published figures costs: one snapshot, then its trends (a primary-key range read).
    const admin = await mintStaffToken(config, { subject: 'bench-admin', role: 'admin', scope: { kind: 'england' }, ttlSeconds: 3600 });
    const snap = await fetch(`${base}/api/v1/sufficiency/snapshots`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: '{}' });
    say(`snapshot of every area: ${JSON.stringify(await snap.json())}`);
    for (let i = 0; i < REQUESTS + 5; i++) {
      const started = performance.now();
      const answer = await fetch(`${base}${paths[i % paths.length]}/trends`, { headers: { authorization: `Bearer ${token}` } });
      await answer.arrayBuffer();
      if (i >= 5) fromSnapshot.push(performance.now() - started);
    }
    say(`the same areas read from stored snapshots (…/trends): median ${median(fromSnapshot).toFixed(1)} ms, p95 ${p95(fromSnapshot).toFixed(1)} ms`);
  } finally {
    await app.close();
  }
  return times;
}

async function main(): Promise<void> {
  const url = benchDatabaseUrl(process.env, 'postgres://postgres@127.0.0.1:5432/hearth_bench_sufficiency');
  await runMigrations(url);
  const counts = await prepare(url);
  say(`${counts.households} households, ${counts.children} children in need; timing ${RUNS} full recomputes`);
  const r = await timeRecompute(url);
  say(`recompute (load + compute) median ${median(r.recompute).toFixed(0)} ms, max ${Math.max(...r.recompute).toFixed(0)} ms; of which load median ${median(r.load).toFixed(0)} ms; publishing all 163 areas median ${median(r.publish).toFixed(0)} ms`);
  const d = await timeDashboard(url);
  say(`dashboard API (latest snapshot while younger than SUFFICIENCY_MAX_AGE_SECONDS, as configured), ${d.length} requests one at a time: median ${median(d).toFixed(0)} ms, p95 ${p95(d).toFixed(0)} ms`);
  const full = r.recompute.map((x, i) => x + r.publish[i]);
  const recomputeMs = Math.round(median(full));
  say(`full recompute incl. publishing every area: median ${recomputeMs} ms, max ${Math.max(...full).toFixed(0)} ms (the first run warms V8)`);
  process.stdout.write(`${JSON.stringify({ households: counts.households, children: counts.children, recompute_ms: recomputeMs, dashboard_p95_ms: Math.round(p95(d)), councils: 153, recompute_s: recomputeMs / 1000, recompute_max_ms: Math.round(Math.max(...full)) })}\n`);
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
