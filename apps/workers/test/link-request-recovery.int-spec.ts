import { applicationLinkIdempotencyKey } from '@app/domain';
import { SEND_APPLICATION_LINK } from '@app/queue';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { RecoverLinkRequestsUseCase } from '../src/housekeeping/recover-link-requests.use-case';
import { eventually, FakeClock, startWorkers, submitEnquiry, testQueuePrefix, type RunningWorkers } from './workers-harness';

jest.setTimeout(40_000);

const MINUTE = 60_000;

describe('recovering a request for a new application link whose job was lost', () => {
  let workers: RunningWorkers;
  const clock = new FakeClock(new Date());
  const sql = async (text: string, params: unknown[] = []) => (await (await testDb()).query(text, params)).rows;

  /** An applicant at the initial visit, as the request page requires. */
  async function applicant(): Promise<string> {
    const { id } = await submitEnquiry(workers.app, clock.now());
    await sql(`UPDATE enquiry SET status = 'initial-visit' WHERE id = $1`, [id]);
    return id;
  }

  /** A request the relay already handed to BullMQ `minutesAgo` minutes ago, whose job then vanished with Redis. */
  async function lostRequest(enquiryId: string, minutesAgo: number, attempts = 1): Promise<string> {
    const at = new Date(clock.now().getTime() - minutesAgo * MINUTE);
    const [row] = await sql(
      `INSERT INTO outbox_message (job_name, payload, created_at, dispatched_at, attempts) VALUES ($1, $2, $3, $3, $4) RETURNING id`,
      [SEND_APPLICATION_LINK.name, { schemaVersion: 1, enquiryId }, at, attempts]);
    return row.id;
  }

  const linkSent = (enquiryId: string, requestId: string) =>
    sql(`SELECT address FROM notification WHERE idempotency_key = $1`, [applicationLinkIdempotencyKey(enquiryId, requestId)]);

  beforeEach(async () => {
    await resetDatabase();
    clock.set(new Date());
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix() });
  });
  afterEach(() => workers.close());
  afterAll(() => closeTestDb());

  it('hands a request with no link after the configured minutes back to the relay, and the applicant gets one link', async () => {
    const enquiryId = await applicant();
    const requestId = await lostRequest(enquiryId, 20);
    const recover = () => workers.app.get(RecoverLinkRequestsUseCase).execute();

    await expect(recover()).resolves.toEqual({ unanswered: 1, requeued: 1 });
    const [sent] = await eventually(async () => {
      const rows = await linkSent(enquiryId, requestId);
      return rows.length === 1 && rows;
    }, 10_000, 'the link');
    expect(sent.address).toMatch(/@example\.com$/);
    expect(await sql(`SELECT attempts FROM outbox_message WHERE id = $1`, [requestId])).toEqual([{ attempts: 2 }]);
    // Answered now: nothing more to recover, and no second link.
    await expect(recover()).resolves.toEqual({ unanswered: 0, requeued: 0 });
    expect(await sql(`SELECT 1 FROM notification WHERE template = 'application-link'`)).toHaveLength(1);
  });

  it('leaves alone requests that are too recent, too old, tried too often, answered, or whose job is still in BullMQ', async () => {
    const enquiryId = await applicant();
    await lostRequest(enquiryId, 5);
    await lostRequest(enquiryId, 25 * 60);
    await lostRequest(enquiryId, 30, 5);
    const answered = await lostRequest(enquiryId, 40);
    await sql(`INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, created_at)
               VALUES ($1, 'email', 'application-link', 'applicant', $2, $3)`,
    [applicationLinkIdempotencyKey(enquiryId, answered), enquiryId, new Date(clock.now().getTime() - 39 * MINUTE)]);
    // Asked again after that link went out, and its job is still waiting in BullMQ.
    const waiting = await lostRequest(enquiryId, 35);
    await workers.queue(SEND_APPLICATION_LINK.queue).add(SEND_APPLICATION_LINK.name, { schemaVersion: 1, enquiryId }, { jobId: waiting, delay: 3_600_000 });

    await expect(workers.app.get(RecoverLinkRequestsUseCase).execute()).resolves.toEqual({ unanswered: 1, requeued: 0 });
    // Only link requests: the enquiry's own outbox row may still be on its way to the relay.
    expect(await sql(`SELECT 1 FROM outbox_message WHERE dispatched_at IS NULL AND job_name = $1`, [SEND_APPLICATION_LINK.name])).toHaveLength(0);
  });
});
