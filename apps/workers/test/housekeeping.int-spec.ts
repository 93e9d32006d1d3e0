import { ANONYMISE_STALE_ENQUIRIES, HOUSEKEEPING_JOBS, PURGE_DISPATCHED_OUTBOX, RECOVER_LINK_REQUESTS } from '@app/queue';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { HousekeepingSchedules } from '../src/housekeeping/housekeeping-schedules';
import { PurgeDispatchedOutboxUseCase } from '../src/housekeeping/purge-dispatched-outbox.use-case';
import { eventually, FakeClock, startWorkers, testQueuePrefix, type RunningWorkers } from './workers-harness';

jest.setTimeout(30_000);

const DAY = 86_400_000;

describe('scheduled housekeeping', () => {
  let workers: RunningWorkers | undefined;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));

  beforeEach(() => resetDatabase());
  afterEach(async () => {
    await workers?.close();
    workers = undefined;
  });
  afterAll(() => closeTestDb());

  it('registers each housekeeping job as a BullMQ job scheduler on London time, with the configured pattern', async () => {
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix(), enquiryRetentionCron: '45 4 * * *' });
    const queue = workers.queue(PURGE_DISPATCHED_OUTBOX.queue);
    const schedulers = await eventually(async () => {
      const found = await queue.getJobSchedulers();
      return found.length === HOUSEKEEPING_JOBS.length && found;
    }, 10_000, 'the job schedulers');
    expect(Object.fromEntries(schedulers.map((s) => [s.name, [s.pattern, s.tz]]))).toEqual({
      [PURGE_DISPATCHED_OUTBOX.name]: ['20 * * * *', 'Europe/London'],
      [ANONYMISE_STALE_ENQUIRIES.name]: ['45 4 * * *', 'Europe/London'],
      [RECOVER_LINK_REQUESTS.name]: ['*/5 * * * *', 'Europe/London'],
    });
    // A Redis that restarts empty forgets them; the workers put them back.
    await queue.removeJobScheduler(HOUSEKEEPING_JOBS[1].schedulerId);
    await workers.app.get(HousekeepingSchedules).restoreIfLost();
    expect((await queue.getJobSchedulers()).map((s) => s.name).sort()).toEqual(HOUSEKEEPING_JOBS.map((j) => j.contract.name).sort());
  });

  it('purges outbox rows handed to BullMQ before the configured age, in batches, and nothing newer or undelivered', async () => {
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix(), outboxPurgeBatchSize: 2 });
    const db = await testDb();
    const row = (dispatchedDaysAgo: number | null, createdDaysAgo: number) => db.query(
      `INSERT INTO outbox_message (job_name, payload, created_at, dispatched_at) VALUES ('test.unknown-job', '{"schemaVersion":1}', $1, $2) RETURNING id`,
      [new Date(clock.now().getTime() - createdDaysAgo * DAY), dispatchedDaysAgo === null ? null : new Date(clock.now().getTime() - dispatchedDaysAgo * DAY)]);
    for (const days of [30, 9, 7.01]) await row(days, days);
    const kept = [(await row(6.99, 8)).rows[0].id, (await row(null, 30)).rows[0].id];

    await expect(workers.app.get(PurgeDispatchedOutboxUseCase).execute()).resolves.toEqual({ purged: 3 });
    expect((await db.query(`SELECT id FROM outbox_message ORDER BY created_at DESC`)).rows.map((r) => r.id).sort()).toEqual([...kept].sort());
    await expect(workers.app.get(PurgeDispatchedOutboxUseCase).execute()).resolves.toEqual({ purged: 0 });
  });

  it('runs a housekeeping job through BullMQ with its one processor, returning counts only', async () => {
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix() });
    const queue = workers.queue(PURGE_DISPATCHED_OUTBOX.queue);
    const job = await queue.add(PURGE_DISPATCHED_OUTBOX.name, { schemaVersion: 1 });
    const done = await eventually(async () => (await queue.getJob(job.id!))?.returnvalue, 10_000, 'the purge job');
    expect(done).toEqual({ purged: 0 });
  });
});
