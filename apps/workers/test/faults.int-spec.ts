import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { PLAN_ENQUIRY_FOLLOW_UPS, REFRESH_FOLLOW_UP_PLANS, SEND_FOLLOW_UP } from '@app/queue';
import { RefreshFollowUpPlansUseCase } from '../src/follow-ups/refresh-follow-up-plans.use-case';
import { OutboxRelay } from '../src/relay/outbox-relay';
import { RedisServer } from './redis-server';
import { eventually, FakeClock, holdNotificationKey, waitingWorkerBackends, obliterate, startPersistence, startWorkers, submitEnquiry, testQueuePrefix, type RunningWorkers } from './workers-harness';

jest.setTimeout(120_000);

const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await (await testDb()).query(sql, params)).rows;
const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ n: string }>(sql, params))[0].n);
const DAY = 86_400_000;

describe('faults: Redis lost, a worker killed, PostgreSQL gone mid-job', () => {
  const clock = new FakeClock(new Date());
  const running: RunningWorkers[] = [];
  const start = async (...args: Parameters<typeof startWorkers>) => {
    const w = await startWorkers(...args);
    running.push(w);
    return w;
  };

  beforeEach(async () => {
    await resetDatabase();
    clock.set(new Date());
  });

  afterEach(async () => {
    for (const w of running.splice(0)) {
      const queue = w.queue();
      await w.close();
      await obliterate(queue);
    }
  });

  afterAll(() => closeTestDb());

  it('with Redis down, enquiries are still accepted; when it returns empty, every pending follow-up runs exactly once', async () => {
    const redis = await RedisServer.start();
    try {
      const workers = await start(clock, { redisUrl: redis.url, queuePrefix: testQueuePrefix(), followUpScheduleAheadMinutes: 10_080 });
      const before = await Promise.all([1, 2, 3].map(() => submitEnquiry(workers.app, clock.now())));
      await eventually(async () => (await count(`SELECT count(*) AS n FROM follow_up WHERE scheduled_at IS NOT NULL`)) === 6, 10_000, 'reminders handed to BullMQ');

      await redis.stop();
      const during = await Promise.all([1, 2, 3, 4, 5].map(() => submitEnquiry(workers.app, clock.now())));
      await new Promise((r) => setTimeout(r, 500));
      expect(await count(`SELECT count(*) AS n FROM outbox_message WHERE dispatched_at IS NULL`)).toBe(5);
      expect(await count(`SELECT count(*) AS n FROM outbox_message WHERE attempts > 0 AND dispatched_at IS NULL`)).toBeGreaterThan(0);

      await redis.restart();
      await eventually(async () => (await count(`SELECT count(*) AS n FROM notification WHERE template = 'acknowledge-email'`)) === 8, 45_000, 'acknowledgements after Redis returned');
      // Days later: the reminders and escalations Redis lost are found by the refresh job and run.
      clock.set(new Date(clock.now().getTime() + 5 * DAY));
      await workers.app.get(RefreshFollowUpPlansUseCase).execute();
      // Reminders scheduled after Redis returned wait in BullMQ by real time, which the jump of the test's clock
      // does not move: time passing is the promotion of every delayed job (again each look, in case a batch was in flight).
      await eventually(async () => {
        await workers.queue(SEND_FOLLOW_UP.queue).promoteJobs();
        return (await count(`SELECT count(*) AS n FROM follow_up WHERE status = 'pending'`)) === 0;
      }, 45_000, 'every follow-up done');

      const enquiries = [...before, ...during].map((e) => e.id);
      const perKey = await rows<{ key: string; n: number }>(
        `SELECT idempotency_key AS key, count(*)::int AS n FROM notification GROUP BY 1`);
      expect(perKey).toHaveLength(enquiries.length * 3);
      expect(perKey.every((k) => k.n === 1)).toBe(true);
      expect(await count(`SELECT count(*) AS n FROM follow_up WHERE status = 'sent'`)).toBe(enquiries.length * 3);
      await workers.queue().obliterate({ force: true });
    } finally {
      for (const w of running.splice(0)) await w.close();
      await redis.stop();
    }
  });

  it('when Redis comes back empty, the workers schedule their refresh job (the safety net for lost jobs) again by themselves', async () => {
    const redis = await RedisServer.start();
    try {
      const workers = await start(clock, { redisUrl: redis.url, queuePrefix: testQueuePrefix(), followUpRefreshSeconds: 1 });
      const scheduled = async () => (await workers.queue(REFRESH_FOLLOW_UP_PLANS.queue).getJobSchedulers().catch(() => []))
        .some((s) => s.name === REFRESH_FOLLOW_UP_PLANS.name);
      await eventually(scheduled, 10_000, 'the refresh job scheduled at start');
      await redis.stop();
      await redis.restart();
      await eventually(scheduled, 15_000, 'the refresh job scheduled again in the empty Redis');
    } finally {
      for (const w of running.splice(0)) await w.close();
      await redis.stop();
    }
  });

  it('a relay that dies after adding its jobs but before committing: the rows are relayed again and each job runs once', async () => {
    const workers = await start(clock, { queuePrefix: testQueuePrefix() });
    const relay = workers.app.get(OutboxRelay);
    await relay.loop.stop();
    const repository = relay['outbox'];
    const markDispatched = repository.markDispatched.bind(repository);
    repository.markDispatched = async () => { throw new Error('process died before COMMIT'); };
    const enquiries = await Promise.all([1, 2, 3, 4].map(() => submitEnquiry(workers.app, clock.now())));
    await expect(relay.relayBatch()).rejects.toThrow('process died before COMMIT');
    expect(await count(`SELECT count(*) AS n FROM outbox_message WHERE dispatched_at IS NULL`)).toBe(4);
    repository.markDispatched = markDispatched;
    expect(await relay.relayBatch()).toBe(4);
    await eventually(async () => (await count(`SELECT count(*) AS n FROM notification`)) === 4, 10_000, 'acknowledgements');
    const planJobs = (await workers.queue().getJobs(['completed', 'waiting', 'active', 'prioritized', 'failed'])).filter((j) => j.name === PLAN_ENQUIRY_FOLLOW_UPS.name);
    expect(planJobs).toHaveLength(enquiries.length);
    expect(await Promise.all(planJobs.map((j) => j.getState()))).toEqual(enquiries.map(() => 'completed'));
  });

  it('a worker killed with SIGKILL mid-job: the job runs again elsewhere and the applicant gets one message, not two', async () => {
    execFileSync('bash', ['scripts/ensure-built.sh'], { cwd: resolve(__dirname, '../../..'), stdio: 'ignore' });
    const prefix = testQueuePrefix();
    const child = startBuiltWorker(prefix);
    const persistence = await startPersistence();
    const id = randomUUID();
    const held = await holdNotificationKey(`${id}.acknowledge-email.1`);
    await submitEnquiry(persistence, clock.now(), {}, id);
    const others = await Promise.all([1, 2].map(() => submitEnquiry(persistence, clock.now())));
    await persistence.close();
    try {
      await eventually(async () => {
        if (child.exitCode !== null) throw new Error(`the built worker exited: ${child.output()}`);
        return (await waitingWorkerBackends()).length > 0;
      }, 20_000, 'the child worker to be mid-job');
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    } finally {
      await held.release();
    }
    const restarted = await start(clock, { queuePrefix: prefix, workerLockMs: 1000, workerStalledCheckMs: 1000 });
    await eventually(async () => (await count(`SELECT count(*) AS n FROM notification WHERE template = 'acknowledge-email'`)) === 3
      && (await completedPlanJobs(restarted)) === 3, 30_000, 'the killed job to run again');
    expect(await count(`SELECT count(*) AS n FROM notification WHERE idempotency_key = $1`, [`${id}.acknowledge-email.1`])).toBe(1);
    expect(others).toHaveLength(2);
  });

  it('PostgreSQL connection lost while a job runs: nothing is marked done, the job retries and sends once', async () => {
    const workers = await start(clock, { queuePrefix: testQueuePrefix() });
    const enquiry = await submitEnquiry(workers.app, clock.now());
    await eventually(async () => (await count(`SELECT count(*) AS n FROM follow_up WHERE enquiry_id = $1`, [enquiry.id])) === 3);
    const [reminder] = await rows<{ id: string; due_at: Date }>(`SELECT id, due_at FROM follow_up WHERE kind = 'first-contact-reminder'`);
    const held = await holdNotificationKey(`${enquiry.id}.first-contact-reminder.1`);
    clock.set(new Date(reminder.due_at.getTime() + 1000));
    try {
      const [backend] = await eventually(async () => { const b = await waitingWorkerBackends(); return b.length > 0 && b; }, 10_000, 'the job mid-transaction');
      await rows(`SELECT pg_terminate_backend($1)`, [backend.pid]);
    } finally {
      await held.release();
    }
    const job = await eventually(async () => {
      const j = await workers.queue(SEND_FOLLOW_UP.queue).getJob(`follow-up-${reminder.id}-1`);
      return j && j.attemptsMade >= 1 && j;
    }, 10_000, 'the failed attempt');
    expect(job.failedReason).toMatch(/terminat|Connection/i);
    expect(await rows(`SELECT status FROM follow_up WHERE id = $1`, [reminder.id])).toEqual([{ status: 'pending' }]);
    expect(await count(`SELECT count(*) AS n FROM notification WHERE template = 'first-contact-reminder'`)).toBe(0);
    // The retry (exponential backoff, 2 s first) succeeds.
    await eventually(async () => (await rows<{ status: string }>(`SELECT status FROM follow_up WHERE id = $1`, [reminder.id]))[0].status === 'sent', 15_000, 'the retry');
    expect(await count(`SELECT count(*) AS n FROM notification WHERE template = 'first-contact-reminder'`)).toBe(1);
  });
});

async function completedPlanJobs(workers: RunningWorkers): Promise<number> {
  return (await workers.queue().getJobs(['completed'])).filter((j) => j.name === PLAN_ENQUIRY_FOLLOW_UPS.name).length;
}

/** The built workers in a process of their own, as operators run them; its output is kept for a failure message. */
function startBuiltWorker(queuePrefix: string): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['dist/apps/workers/src/main.js'], {
    cwd: resolve(__dirname, '../../..'),
    env: { ...process.env, QUEUE_PREFIX: queuePrefix, WORKER_LOCK_MS: '1000', WORKER_STALLED_CHECK_MS: '1000', OUTBOX_RELAY_IDLE_MS: '20', LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}
