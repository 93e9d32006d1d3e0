import { SUFFICIENCY_SNAPSHOT_SCHEDULER_ID, TAKE_SUFFICIENCY_SNAPSHOT } from '@app/queue';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { eventually, FakeClock, startWorkers, testQueuePrefix, type RunningWorkers } from './workers-harness';

jest.setTimeout(60_000);

/** England, the 9 default cooperatives and the 153 councils. */
const AREAS = 163;
const snapshotsByDay = async () => (await (await testDb()).query(
  `SELECT to_char(taken_on, 'YYYY-MM-DD') AS day, count(*)::int AS areas, count(DISTINCT taken_at)::int AS instants FROM sufficiency_snapshot GROUP BY taken_on ORDER BY taken_on`)).rows;

describe('the daily sufficiency snapshot on BullMQ', () => {
  let workers: RunningWorkers | undefined;

  beforeEach(async () => {
    await resetDatabase();
  });
  // Closing the workers also removes the snapshot queue and its scheduler (see workers-harness).
  afterEach(async () => {
    await workers?.close();
    workers = undefined;
  });
  afterAll(() => closeTestDb());

  it('is registered as a job scheduler, daily at 02:00 London time by default', async () => {
    workers = await startWorkers(new FakeClock(new Date()), { queuePrefix: testQueuePrefix() });
    const queue = workers.queue(TAKE_SUFFICIENCY_SNAPSHOT.queue);
    const scheduler = await eventually(() => queue.getJobScheduler(SUFFICIENCY_SNAPSHOT_SCHEDULER_ID), 10_000, 'the job scheduler');
    expect(scheduler).toMatchObject({ pattern: '0 2 * * *', tz: 'Europe/London', template: { data: { schemaVersion: 1 } } });
    expect(scheduler.name).toBe(TAKE_SUFFICIENCY_SNAPSHOT.name);
  });

  it("keeps one snapshot per area per London day, however often that day's job runs", async () => {
    // 23:30 UTC on 23 November is still 23 November in London (GMT); the schedule fires every second.
    const clock = new FakeClock(new Date('2026-11-23T23:30:00Z'));
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix(), sufficiencySnapshotCron: '* * * * * *' });
    const queue = workers.queue(TAKE_SUFFICIENCY_SNAPSHOT.queue);
    const completedOn = async (day: string) => (await queue.getJobs(['completed'])).filter((j) => j.returnvalue?.takenOn === day);

    await eventually(async () => (await completedOn('2026-11-23')).length >= 2, 30_000, 'two runs on the same day');
    expect(await snapshotsByDay()).toEqual([{ day: '2026-11-23', areas: AREAS, instants: 1 }]);

    clock.set(new Date('2026-11-24T00:30:00Z'));
    await eventually(async () => (await completedOn('2026-11-24')).length >= 1, 30_000, 'a run on the next day');
    expect(await snapshotsByDay()).toEqual([{ day: '2026-11-23', areas: AREAS, instants: 1 }, { day: '2026-11-24', areas: AREAS, instants: 1 }]);
    const [england] = (await (await testDb()).query(`SELECT figures->>'asOf' AS "asOf" FROM sufficiency_snapshot WHERE area_id = 'E92000001' ORDER BY taken_on`)).rows;
    expect(england.asOf).toBe('2026-11-23');
  });
});
