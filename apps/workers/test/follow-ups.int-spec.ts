import { hashLinkToken } from '@app/domain';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { SEND_FOLLOW_UP } from '@app/queue';
import { RefreshFollowUpPlansUseCase } from '../src/follow-ups/refresh-follow-up-plans.use-case';
import { eventually, FakeClock, obliterate, startWorkers, submitEnquiry, testQueuePrefix, type RunningWorkers } from './workers-harness';

const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await (await testDb()).query(sql, params)).rows;
const followUps = (enquiryId: string) =>
  rows<{ kind: string; sequence: number; status: string; skip_reason: string | null; due_at: Date }>(
    `SELECT kind, sequence, status, skip_reason, due_at FROM follow_up WHERE enquiry_id = $1 ORDER BY due_at, kind`, [enquiryId]);
const notificationsFor = (enquiryId: string) =>
  rows<{ idempotency_key: string; channel: string; template: string; recipient_kind: string; recipient_id: string; address: string | null; personalisation: Record<string, string> }>(
    `SELECT n.* FROM notification n WHERE n.idempotency_key LIKE $1 || '.%' ORDER BY template`, [enquiryId]);

jest.setTimeout(30_000);

describe('enquiry follow-ups on BullMQ workers', () => {
  let workers: RunningWorkers;
  const clock = new FakeClock(new Date());

  beforeEach(async () => {
    await resetDatabase();
    clock.set(new Date());
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix() });
  });

  afterEach(async () => {
    const queue = workers.queue();
    await workers.close();
    await obliterate(queue);
  });

  afterAll(() => closeTestDb());

  it('relays a new enquiry from the outbox and acknowledges it at once, by email and by text message when chosen, with the reference', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now(), { preferredContactMethod: 'sms' });
    const sent = await eventually(async () => {
      const n = await notificationsFor(enquiry.id);
      return n.length === 2 && n;
    }, 10_000, 'acknowledgements');
    expect(sent.map((n) => [n.template, n.channel, n.recipient_kind])).toEqual([['acknowledge-email', 'email', 'applicant'], ['acknowledge-sms', 'sms', 'applicant']]);
    expect(sent[0].address).toMatch(/@example\.com$/);
    expect(sent[1].address).toBe('07700 900982');
    expect(sent[0].personalisation).toMatchObject({ first_name: 'Sam', reference: enquiry.reference });
    expect(await rows(`SELECT 1 FROM outbox_message WHERE dispatched_at IS NULL`)).toHaveLength(0);
    const planned = await followUps(enquiry.id);
    expect(planned.map((f) => `${f.kind}:${f.status}`)).toEqual(
      ['acknowledge-email:sent', 'acknowledge-sms:sent', 'first-contact-reminder:pending', 'first-contact-escalation:pending']);
    // The job in Redis carries ids only, never the applicant's details.
    const job = await workers.queue().getJob((await rows<{ id: string }>(`SELECT id FROM outbox_message`))[0].id);
    expect(job?.data).toEqual({ schemaVersion: 1, enquiryId: enquiry.id });
  });

  it('puts shortage-category enquiries first: their jobs carry BullMQ priority 1', async () => {
    const shortage = await submitEnquiry(workers.app, clock.now(), { priority: 'shortage', interests: ['teenagers'] });
    const standard = await submitEnquiry(workers.app, clock.now());
    const outbox = await eventually(async () => {
      const r = await rows<{ id: string; enquiry_id: string }>(`SELECT id, payload->>'enquiryId' AS enquiry_id FROM outbox_message WHERE dispatched_at IS NOT NULL`);
      return r.length === 2 && r;
    });
    const priorityOf = async (enquiryId: string) => (await workers.queue().getJob(outbox.find((o) => o.enquiry_id === enquiryId)!.id))?.opts.priority;
    expect(await priorityOf(shortage.id)).toBe(1);
    expect(await priorityOf(standard.id)).toBe(5);
    await eventually(async () => (await rows(`SELECT 1 FROM follow_up WHERE enquiry_id = $1 AND priority = 1`, [shortage.id])).length > 0);
  });

  it('reminds the team when first contact is due and, once contact is made, skips the escalation and says why', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    const [, reminder, escalation] = await eventually(async () => {
      const f = await followUps(enquiry.id);
      return f.length === 3 && f;
    });
    expect([reminder.kind, escalation.kind]).toEqual(['first-contact-reminder', 'first-contact-escalation']);
    clock.set(new Date(reminder.due_at.getTime() + 1000));
    await eventually(async () => (await followUps(enquiry.id))[1].status === 'sent', 10_000, 'the reminder');
    const [teamMessage] = (await notificationsFor(enquiry.id)).filter((n) => n.template === 'first-contact-reminder');
    expect(teamMessage).toMatchObject({ recipient_kind: 'team', address: null, personalisation: { reference: enquiry.reference } });
    // The officer reaches them before the deadline.
    await rows(`UPDATE enquiry SET status = 'contacted', version = version + 1 WHERE id = $1`, [enquiry.id]);
    clock.set(new Date(escalation.due_at.getTime() + 1000));
    const skipped = await eventually(async () => {
      const f = (await followUps(enquiry.id))[2];
      return f.status === 'skipped' && f;
    }, 10_000, 'the escalation to be skipped');
    expect(skipped.skip_reason).toBe('contact-made');
    expect((await notificationsFor(enquiry.id)).map((n) => n.template)).not.toContain('first-contact-escalation');
  });

  it('reminds the assigned officer by name and escalates an overdue first contact to the team manager, at their work addresses', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    const [, reminder, escalation] = await eventually(async () => {
      const f = await followUps(enquiry.id);
      return f.length === 3 && f;
    });
    const [officer, manager] = await rows(
      `INSERT INTO team_member (service_id, subject, name, email, is_manager)
       SELECT e.service_id, v.subject, v.name, v.email, v.manager FROM enquiry e,
              (VALUES ('officer-sub', 'Priya Shah', 'priya.shah@council.example', false), ('manager-sub', 'Dan Lee', 'dan.lee@council.example', true))
              AS v(subject, name, email, manager)
        WHERE e.id = $1 RETURNING id, is_manager`, [enquiry.id]);
    expect([officer.is_manager, manager.is_manager]).toEqual([false, true]);
    // Assigned after the plan was made: the workers read the assignment when the reminder comes due.
    await rows(`UPDATE enquiry SET assigned_to = $2, assigned_at = now() WHERE id = $1`, [enquiry.id, officer.id]);
    clock.set(new Date(reminder.due_at.getTime() + 1000));
    await eventually(async () => (await followUps(enquiry.id))[1].status === 'sent', 10_000, 'the reminder');
    clock.set(new Date(escalation.due_at.getTime() + 1000));
    await eventually(async () => (await followUps(enquiry.id))[2].status === 'sent', 10_000, 'the escalation');
    const sent = (await notificationsFor(enquiry.id)).filter((n) => n.recipient_kind !== 'applicant');
    expect(sent.map((n) => [n.template, n.recipient_kind, n.recipient_id, n.address]).sort()).toEqual([
      ['first-contact-escalation', 'staff', manager.id, 'dan.lee@council.example'],
      ['first-contact-reminder', 'staff', officer.id, 'priya.shah@council.example'],
    ]);
    for (const n of sent) expect(n.personalisation).toEqual({ reference: enquiry.reference, what: expect.any(String), due_date: expect.any(String) });
  });

  it('after an unanswered contact attempt, the refresh job plans the next attempt for the next working morning', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    await eventually(async () => (await followUps(enquiry.id)).length === 3);
    const attemptAt = clock.now();
    await rows(`INSERT INTO contact_attempt (enquiry_id, channel, outcome, officer, occurred_at) VALUES ($1, 'phone', 'no-answer', 'o', $2)`, [enquiry.id, attemptAt]);
    await rows(`UPDATE enquiry SET unanswered_contact_attempts = 1, version = version + 1 WHERE id = $1`, [enquiry.id]);
    expect(await workers.app.get(RefreshFollowUpPlansUseCase).execute()).toMatchObject({ replanned: 1 });
    const next = (await followUps(enquiry.id)).find((f) => f.kind === 'next-contact-attempt');
    expect(next).toMatchObject({ sequence: 1, status: 'pending' });
    expect(next!.due_at.getTime()).toBeGreaterThan(attemptAt.getTime());
    expect(next!.due_at.toISOString()).toMatch(/T09:00:00.000Z$|T08:00:00.000Z$/);
  });

  it('changing the service levels reschedules what is pending and leaves what was sent', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    const before = await eventually(async () => {
      const f = await followUps(enquiry.id);
      return f.length === 3 && f;
    });
    const slower = await startWorkers(clock, { queuePrefix: workers.config.queuePrefix, firstContactWorkingDays: 3 });
    try {
      expect(await slower.app.get(RefreshFollowUpPlansUseCase).execute()).toMatchObject({ replanned: 1 });
    } finally {
      await slower.close();
    }
    const after = await followUps(enquiry.id);
    const escalation = (list: typeof after) => list.find((f) => f.kind === 'first-contact-escalation')!;
    expect(escalation(after).due_at.getTime()).toBeGreaterThan(escalation(before).due_at.getTime());
    expect(after.find((f) => f.kind === 'acknowledge-email')).toMatchObject({ status: 'sent' });
    expect(await rows(`SELECT 1 FROM notification WHERE idempotency_key LIKE $1 || '.%'`, [enquiry.id])).toHaveLength(1);
  });

  it('moves a stalled-application nudge later when the applicant made progress, and sends it once it is really due', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    await eventually(async () => (await followUps(enquiry.id)).length === 3);
    const linkAt = clock.now();
    await rows(`UPDATE enquiry SET status = 'initial-visit', version = version + 1 WHERE id = $1`, [enquiry.id]);
    await rows(`INSERT INTO application_link (enquiry_id, token_hash, created_by, created_at, expires_at) VALUES ($1, repeat('b', 64), 'o', $2, $2::timestamptz + interval '28 days')`, [enquiry.id, linkAt]);
    await workers.app.get(RefreshFollowUpPlansUseCase).execute();
    const nudge = () => followUps(enquiry.id).then((f) => f.find((x) => x.kind === 'application-stalled' && x.sequence === 1)!);
    const planned = await nudge();
    expect(planned.due_at).toEqual(new Date(linkAt.getTime() + 7 * 86_400_000));
    // Progress on day 5, which the enquiry's version does not show: the nudge finds out when it comes due.
    const progressAt = new Date(linkAt.getTime() + 5 * 86_400_000);
    await rows(`INSERT INTO application (enquiry_id, updated_at) VALUES ($1, $2)`, [enquiry.id, progressAt]);
    clock.set(new Date(planned.due_at.getTime() + 1000));
    const moved = await eventually(async () => { const n = await nudge(); return n.due_at.getTime() !== planned.due_at.getTime() && n; }, 10_000, 'the nudge to move');
    expect(moved).toMatchObject({ status: 'pending', due_at: new Date(progressAt.getTime() + 7 * 86_400_000) });
    expect((await notificationsFor(enquiry.id)).map((n) => n.template)).not.toContain('application-stalled');
    clock.set(new Date(moved.due_at.getTime() + 1000));
    await eventually(async () => (await nudge()).status === 'sent', 10_000, 'the nudge');
    const [message] = (await notificationsFor(enquiry.id)).filter((n) => n.template === 'application-stalled');
    expect(message).toMatchObject({ recipient_kind: 'applicant', channel: 'email' });
    expect(await rows(`SELECT schedule_count FROM follow_up WHERE kind = 'application-stalled' AND sequence = 1`)).toEqual([{ schedule_count: 2 }]);
  });

  it('sends a new application link on request: a new hashed link replaces the old one, and the message is recorded once', async () => {
    const enquiry = await submitEnquiry(workers.app, clock.now());
    await rows(`UPDATE enquiry SET status = 'initial-visit', version = version + 1 WHERE id = $1`, [enquiry.id]);
    await rows(`INSERT INTO application_link (enquiry_id, token_hash, created_by, expires_at) VALUES ($1, repeat('a', 64), 'officer', now() + interval '1 day')`, [enquiry.id]);
    await rows(`INSERT INTO outbox_message (job_name, payload) VALUES ('recruitment.send-application-link', $1)`, [{ schemaVersion: 1, enquiryId: enquiry.id }]);
    const [message] = await eventually(async () => {
      const n = await rows<{ personalisation: { link: string } ; address: string }>(`SELECT * FROM notification WHERE template = 'application-link'`);
      return n.length === 1 && n;
    });
    const token = message.personalisation.link.split('/apply/')[1];
    const links = await rows<{ token_hash: string; revoked_at: Date | null }>(`SELECT token_hash, revoked_at FROM application_link WHERE enquiry_id = $1 ORDER BY created_at`, [enquiry.id]);
    expect(links).toHaveLength(2);
    expect(links[0].revoked_at).not.toBeNull();
    expect(links[1]).toEqual({ token_hash: hashLinkToken(token), revoked_at: null });
    expect(message.address).toMatch(/@example\.com$/);
  });

  it('fails a job whose payload breaks its contract at once, and keeps it visible as failed', async () => {
    const job = await workers.queue(SEND_FOLLOW_UP.queue).add(SEND_FOLLOW_UP.name, { schemaVersion: 1, followUpId: 'not-a-uuid' }, { attempts: 5 });
    const failed = await eventually(async () => (await job.getState()) === 'failed' && (await workers.queue().getJob(job.id!)));
    expect(failed!.attemptsMade).toBe(1);
    expect(failed!.failedReason).toContain('invalid payload for recruitment.send-follow-up');
  });
});
