import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import request from 'supertest';
import { createMatchingApp } from '../../apps/matching/src/create-matching-app';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { JOB_PRIORITY, PLAN_ENQUIRY_FOLLOW_UPS, producerConnection } from '@app/queue';
import { closeTestDb, resetDatabase, startTestApp, testDb } from '@app/testing';

const sample = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no ${series} in the scrape`);
  return Number(line.slice(series.length + 1));
};

describe.each([
  ['recruitment', createRecruitmentApp],
  ['matching', createMatchingApp],
])('the %s app\'s /metrics', (_, create) => {
  const queuePrefix = `{hearth-test-metrics-${randomBytes(3).toString('hex')}}`;
  let redis: ReturnType<typeof producerConnection>;
  let queue: Queue;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    redis = producerConnection(process.env.REDIS_URL!);
    queue = new Queue(PLAN_ENQUIRY_FOLLOW_UPS.queue, { connection: redis, prefix: queuePrefix });
    app = await startTestApp(create, { queuePrefix });
  });
  beforeEach(resetDatabase);
  afterAll(async () => {
    await app.close();
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
    await closeTestDb();
  });

  it('reports queue depth, the oldest waiting job and the outbox backlog to anyone, as Prometheus text', async () => {
    await queue.add(PLAN_ENQUIRY_FOLLOW_UPS.name, { schemaVersion: 1 }, { priority: JOB_PRIORITY.standard, timestamp: Date.now() - 300_000 });
    await queue.add(PLAN_ENQUIRY_FOLLOW_UPS.name, { schemaVersion: 1 }, { delay: 3_600_000 });
    await (await testDb()).query(`INSERT INTO outbox_message (job_name, payload, created_at) VALUES ('x.y', '{}', now() - interval '120 seconds')`);
    await (await testDb()).query(`INSERT INTO outbox_message (job_name, payload, dispatched_at) VALUES ('x.y', '{}', now())`);

    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = response.text;
    expect(sample(text, 'hearth_metrics_source_up{source="redis"}')).toBe(1);
    expect(sample(text, 'hearth_queue_jobs{queue="recruitment",state="waiting"}')).toBe(1);
    expect(sample(text, 'hearth_queue_jobs{queue="recruitment",state="delayed"}')).toBe(1);
    expect(sample(text, 'hearth_queue_jobs{queue="recruitment",state="failed"}')).toBe(0);
    expect(sample(text, 'hearth_queue_oldest_waiting_seconds{queue="recruitment"}')).toBeGreaterThanOrEqual(300);
    expect(sample(text, 'hearth_outbox_undispatched')).toBe(1);
    expect(sample(text, 'hearth_outbox_oldest_undispatched_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'hearth_outbox_oldest_undispatched_seconds')).toBeLessThan(180);
  });
});

describe('/metrics while Redis is unreachable', () => {
  it('still answers, says Redis did not, and reports the outbox', async () => {
    const app = await startTestApp(createRecruitmentApp, { redisUrl: 'redis://127.0.0.1:1' });
    try {
      const { text } = await request(app.getHttpServer()).get('/metrics').expect(200);
      expect(sample(text, 'hearth_metrics_source_up{source="redis"}')).toBe(0);
      expect(sample(text, 'hearth_metrics_source_up{source="postgresql"}')).toBe(1);
      expect(text).not.toMatch(/^hearth_queue_jobs\{/m);
    } finally {
      await app.close();
    }
  });
});
