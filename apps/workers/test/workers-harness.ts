import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Test, type TestingModule } from '@nestjs/testing';
import { Queue, type Job } from 'bullmq';
import { ConfigModule, readHearthConfig, type HearthConfig } from '@app/config';
import type { Clock } from '@app/domain';
import { EnquiryRepository, PersistenceModule, type NewEnquiryRecord } from '@app/persistence';
import { JOB_PRIORITY, PLAN_ENQUIRY_FOLLOW_UPS, producerConnection, PURGE_DISPATCHED_OUTBOX, TAKE_SUFFICIENCY_SNAPSHOT } from '@app/queue';
import { QueueRegistry } from '../src/queues/queue-registry';
import { WORKER_CLOCK } from '../src/worker-clock';
import { WorkersModule } from '../src/workers.module';

/** A clock the test moves by hand: clock-driven behaviour is tested by moving it, never by waiting. */
export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return this.current;
  }
  set(at: Date): void {
    this.current = at;
  }
}

export interface RunningWorkers {
  readonly app: TestingModule;
  readonly config: HearthConfig;
  queue(name?: string): Queue;
  close(): Promise<void>;
}

/** A queue prefix of its own per test, so tests never see each other's jobs. */
export function testQueuePrefix(): string {
  return `{hearth-test-${process.pid}-${randomBytes(3).toString('hex')}}`;
}

/** The workers as they boot in production (relay, scheduler, BullMQ workers), with the clock and settings a test chooses. */
export async function startWorkers(clock: Clock, overrides: Partial<HearthConfig> = {}): Promise<RunningWorkers> {
  const config: HearthConfig = { ...readHearthConfig(), outboxRelayIdleMs: 20, workerConcurrency: 8, ...overrides };
  const app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), WorkersModule] })
    .overrideProvider(WORKER_CLOCK).useValue(clock)
    .compile();
  await app.init();
  const registry = app.get(QueueRegistry);
  return {
    app,
    config,
    queue: (name = PLAN_ENQUIRY_FOLLOW_UPS.queue) => registry.get(name),
    close: async () => {
      await app.close();
      await removeScheduledQueue(config, TAKE_SUFFICIENCY_SNAPSHOT.queue);
      await removeScheduledQueue(config, PURGE_DISPATCHED_OUTBOX.queue);
    },
  };
}

/**
 * Every boot registers the daily snapshot's job scheduler in its own queue; tests that never look
 * at that queue would otherwise leave it behind in Redis under their prefix.
 */
async function removeScheduledQueue(config: HearthConfig, name: string): Promise<void> {
  const connection = producerConnection(config.redisUrl);
  connection.on('error', () => undefined);
  const queue = new Queue(name, { connection, prefix: config.queuePrefix });
  queue.on('error', () => undefined);
  // A test that stopped Redis must not wait here for it to return.
  const giveUp = new Promise<void>((resolve) => setTimeout(resolve, 3_000).unref());
  await Promise.race([queue.obliterate({ force: true }).catch(() => undefined), giveUp]);
  await Promise.race([queue.close().catch(() => undefined), giveUp]);
  connection.disconnect();
}

/** Only the database and its repositories: for writing as the apps do, with no relay or worker running. */
export async function startPersistence(): Promise<TestingModule> {
  const app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(readHearthConfig()), PersistenceModule] }).compile();
  await app.init();
  return app;
}

/** Removes everything a test left under its prefix. */
export async function obliterate(queue: Queue): Promise<void> {
  await queue.obliterate({ force: true }).catch(() => undefined);
}

/** Polls until the check passes; for work done by other processes (BullMQ, the relay), not for clocks. */
export async function eventually<T>(check: () => Promise<T | false | null | undefined>, ms = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A stored enquiry and its planning outbox row, written exactly as public intake writes them. */
export async function submitEnquiry(
  app: TestingModule, at: Date, overrides: Partial<NewEnquiryRecord> = {},
  id: string = randomUUID(),
): Promise<{ id: string; reference: string }> {
  const reference = `HRT-${randomBytes(4).toString('hex').toUpperCase()}`.slice(0, 12);
  const [service] = await app.get(EnquiryRepository)['dataSource'].query(`SELECT id FROM fostering_service WHERE kind = 'council' ORDER BY code LIMIT 1`);
  const priority = overrides.priority ?? 'standard';
  await app.get(EnquiryRepository).insertWithOutbox({
    id, reference, serviceId: service.id, councilCode: null, triageReason: null, firstName: 'Sam', lastName: 'Okafor',
    email: `sam+${id.slice(0, 8)}@example.com`, phone: '07700 900982', postcode: 'SW1A 1AA', outwardCode: 'SW1A',
    preferredContactMethod: 'email', preferredContactTime: 'evening', adultsInHousehold: 2, childrenInHousehold: 1, spareBedrooms: 1,
    interests: ['short-breaks'], heardFrom: 'friend-or-family', eligibility: null, priority, channel: 'api', consentedAt: at,
    idempotencyKey: null, requestHash: null, dueKind: 'first-contact', dueAt: null, ...overrides,
  }, {
    jobName: PLAN_ENQUIRY_FOLLOW_UPS.name,
    payload: { schemaVersion: 1, enquiryId: id },
    priority: priority === 'shortage' ? JOB_PRIORITY.shortage : JOB_PRIORITY.standard,
  });
  return { id, reference };
}

export async function jobOf(queue: Queue, id: string): Promise<Job | undefined> {
  return (await queue.getJob(id)) ?? undefined;
}

/** Holds the ledger row a worker is about to write, so the worker's transaction waits mid-job until released. */
export async function holdNotificationKey(key: string): Promise<{ release: () => Promise<void> }> {
  const blocker = new Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query(
    `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id) VALUES ($1, 'email', 'blocker', 'team', $2)`,
    [key, randomUUID()]);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await blocker.query('ROLLBACK');
      await blocker.end();
    },
  };
}

/** Backends of the workers (application name "hearth") stuck waiting for a row lock. */
export async function waitingWorkerBackends(): Promise<{ pid: number }[]> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'hearth' AND wait_event_type = 'Lock' AND datname = current_database()`)).rows;
  } finally {
    await db.end();
  }
}
