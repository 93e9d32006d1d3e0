import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, readHearthConfig } from '@app/config';
import { NOTIFIER, type Notifier } from '@app/notify';
import type { NotificationRecord } from '@app/persistence';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { WORKER_CLOCK } from '../src/worker-clock';
import { WorkersModule } from '../src/workers.module';
import { eventually, FakeClock, obliterate, submitEnquiry, testQueuePrefix } from './workers-harness';
import { QueueRegistry } from '../src/queues/queue-registry';

jest.setTimeout(30_000);

/** Stands in for GOV.UK Notify: messages are queued when recorded and sent by the delivery loop. */
class RecordingProvider implements Notifier {
  readonly name = 'govuk-notify' as const;
  readonly initialDelivery = 'queued' as const;
  readonly sent: { template: string; address: string | null }[] = [];

  async deliver(message: NotificationRecord): Promise<{ providerId: string | null }> {
    this.sent.push({ template: message.template, address: message.address });
    return { providerId: `provider-${message.id}` };
  }
}

describe('delivery through a provider (GOV.UK Notify)', () => {
  let app: TestingModule;
  const provider = new RecordingProvider();

  beforeAll(async () => {
    await resetDatabase();
    const config = { ...readHearthConfig(), queuePrefix: testQueuePrefix(), outboxRelayIdleMs: 20 };
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(config), WorkersModule] })
      .overrideProvider(WORKER_CLOCK).useValue(new FakeClock(new Date()))
      .overrideProvider(NOTIFIER).useValue(provider)
      .compile();
    await app.init();
  });
  afterAll(async () => {
    const queue = app.get(QueueRegistry).get('recruitment');
    await app.close();
    await obliterate(queue);
    await closeTestDb();
  });

  it('sends each queued message once, after it is recorded, and marks it delivered with the provider\'s id', async () => {
    const enquiry = await submitEnquiry(app, new Date(), { preferredContactMethod: 'sms' });
    const delivered = await eventually(async () => {
      const { rows } = await (await testDb()).query(
        `SELECT template, delivery, provider_id FROM notification WHERE enquiry_id = $1 AND delivery = 'delivered' ORDER BY template`, [enquiry.id]);
      return rows.length === 2 && rows;
    }, 15_000, 'the acknowledgements delivered');
    expect(delivered.map((r: { template: string }) => r.template)).toEqual(['acknowledge-email', 'acknowledge-sms']);
    expect(delivered.every((r: { provider_id: string }) => r.provider_id.startsWith('provider-'))).toBe(true);
    expect(provider.sent.map((s) => s.template).sort()).toEqual(['acknowledge-email', 'acknowledge-sms']);
  });
});
