import { Test } from '@nestjs/testing';
import { ConfigModule, readHearthConfig } from '@app/config';
import { Queue } from 'bullmq';
import { PLAN_ENQUIRY_FOLLOW_UPS, redisConnection } from '@app/queue';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { JOB_PROCESSORS } from '../src/processors/job-processor';
import { PlanEnquiryFollowUpsProcessor } from '../src/processors/plan-enquiry-follow-ups.processor';
import { WorkersModule } from '../src/workers.module';
import { eventually, FakeClock, holdNotificationKey, obliterate, waitingWorkerBackends, startWorkers, submitEnquiry, testQueuePrefix } from './workers-harness';

jest.setTimeout(30_000);

describe('workers lifecycle', () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it('refuses to start when a job contract has no processor', async () => {
    const config = { ...readHearthConfig(), queuePrefix: testQueuePrefix() };
    const module = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), WorkersModule] })
      .overrideProvider(JOB_PROCESSORS).useFactory({ inject: [PlanEnquiryFollowUpsProcessor], factory: (p: unknown) => [p] })
      .compile();
    await expect(module.init()).rejects.toThrow(/recruitment.send-follow-up has no processor/);
    await module.close().catch(() => undefined);
  });

  it('on shutdown, stops taking jobs and lets the one in flight finish before closing the database', async () => {
    const clock = new FakeClock(new Date());
    const workers = await startWorkers(clock, { queuePrefix: testQueuePrefix() });
    const enquiryId = crypto.randomUUID();
    const held = await holdNotificationKey(`${enquiryId}.acknowledge-email.1`);
    await submitEnquiry(workers.app, clock.now(), {}, enquiryId);
    await eventually(async () => (await waitingWorkerBackends()).length > 0, 10_000, 'the job in flight');
    let closed = false;
    try {
      const closing = workers.close().then(() => { closed = true; });
      await new Promise((r) => setTimeout(r, 300));
      expect(closed).toBe(false);
      await held.release();
      await closing;
    } finally {
      await held.release().catch(() => undefined);
    }
    const db = await testDb();
    expect((await db.query(`SELECT count(*)::int AS n FROM notification WHERE idempotency_key = $1`, [`${enquiryId}.acknowledge-email.1`])).rows[0].n).toBe(1);
    const connection = redisConnection(workers.config.redisUrl);
    const inspector = new Queue(PLAN_ENQUIRY_FOLLOW_UPS.queue, { connection, prefix: workers.config.queuePrefix });
    const [job] = (await inspector.getJobs(['completed'])).filter((j) => j.name === PLAN_ENQUIRY_FOLLOW_UPS.name);
    expect(job?.returnvalue).toBe('planned');
    await obliterate(inspector);
    await inspector.close();
    connection.disconnect();
  });
});
