import { FunnelReportRepository } from '@app/persistence';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { AnonymiseStaleEnquiriesUseCase } from '../src/housekeeping/anonymise-stale-enquiries.use-case';
import { eventually, FakeClock, startWorkers, submitEnquiry, testQueuePrefix, type RunningWorkers } from './workers-harness';

jest.setTimeout(40_000);

const MONTH = 30 * 86_400_000;

describe('retention: enquiries that never progressed are anonymised after the retention period', () => {
  let workers: RunningWorkers;
  const clock = new FakeClock(new Date());
  const ago = (months: number) => new Date(clock.now().getTime() - months * MONTH);
  const sql = async (text: string, params: unknown[] = []) => (await (await testDb()).query(text, params)).rows;

  /** An enquiry as intake writes it, acknowledged by the workers, then moved back in time to the state a case needs. */
  async function enquiry(state: Record<string, unknown>): Promise<string> {
    const { id } = await submitEnquiry(workers.app, clock.now(), { interests: ['teenagers', 'sibling-groups'] });
    await eventually(async () => (await sql(`SELECT 1 FROM notification WHERE enquiry_id = $1`, [id])).length > 0, 10_000, 'the acknowledgement');
    const columns = Object.keys(state);
    await sql(`UPDATE enquiry SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(state)]);
    return id;
  }

  beforeAll(async () => {
    await resetDatabase();
    workers = await startWorkers(clock, { queuePrefix: testQueuePrefix(), enquiryRetentionBatchSize: 2 });
  });
  afterAll(async () => {
    await workers.close();
    await closeTestDb();
  });

  it('anonymises exactly those, the way erasure does, and leaves the funnel report as it was', async () => {
    const quiet = await enquiry({ created_at: ago(14), stage_entered_at: ago(14) });
    const attemptedLately = await enquiry({ status: 'contacted', created_at: ago(15), contacted_at: ago(14), stage_entered_at: ago(14) });
    await sql(`INSERT INTO contact_attempt (enquiry_id, channel, outcome, officer, occurred_at, note) VALUES ($1, 'phone', 'no-answer', 'officer-1', $2, 'left a message')`,
      [attemptedLately, ago(2)]);
    const withdrewEarly = await enquiry({
      status: 'withdrawn', created_at: ago(16), contacted_at: ago(16), initial_visit_at: ago(15), closed_at: ago(13), closed_from_stage: 'initial-visit',
      withdrawal_reason: 'AW1', stage_entered_at: ago(13),
    });
    const withdrewApplicant = await enquiry({
      status: 'withdrawn', created_at: ago(20), contacted_at: ago(20), initial_visit_at: ago(19), application_submitted_at: ago(18),
      stage1_started_at: ago(17), closed_at: ago(14), closed_from_stage: 'stage-1', withdrawal_reason: 'AW4', stage_entered_at: ago(14),
    });
    const recent = await enquiry({ created_at: ago(6), stage_entered_at: ago(6) });
    const noContact = await enquiry({ status: 'closed-no-contact', created_at: ago(14), closed_at: ago(13), closed_from_stage: 'enquiry-received', stage_entered_at: ago(13) });
    const draftLately = await enquiry({ status: 'initial-visit', created_at: ago(16), contacted_at: ago(15), initial_visit_at: ago(14), stage_entered_at: ago(14) });
    await sql(`INSERT INTO application (enquiry_id, answers, updated_at) VALUES ($1, '{"about-you":{"name":"Sam"}}', $2)`, [draftLately, ago(1)]);
    const oldDraft = await enquiry({ status: 'initial-visit', created_at: ago(16), contacted_at: ago(15), initial_visit_at: ago(14), stage_entered_at: ago(14) });
    await sql(`INSERT INTO application (enquiry_id, answers, updated_at) VALUES ($1, '{"about-you":{"name":"Sam"}}', $2)`, [oldDraft, ago(14)]);
    await sql(`INSERT INTO application_link (enquiry_id, token_hash, created_by, created_at, expires_at) VALUES ($1, repeat('a', 64), 'officer-1', $2, $3)`,
      [oldDraft, ago(14), ago(13)]);
    const due = [quiet, withdrewEarly, noContact, oldDraft];
    const kept = [attemptedLately, withdrewApplicant, recent, draftLately];

    const reportFilter = { from: ago(30), to: new Date(clock.now().getTime() + 86_400_000) };
    const figures = () => sql(`SELECT id, status, service_id, council_code, outward_code, heard_from, interests, created_at, contacted_at, initial_visit_at,
      application_submitted_at, stage1_started_at, closed_at, closed_from_stage, withdrawal_reason FROM enquiry ORDER BY id`);
    const reportBefore = await workers.app.get(FunnelReportRepository).read(reportFilter);
    const figuresBefore = await figures();
    const keptBefore = await sql(`SELECT * FROM enquiry WHERE id = ANY($1::uuid[]) ORDER BY id`, [kept]);

    await expect(workers.app.get(AnonymiseStaleEnquiriesUseCase).execute()).resolves.toEqual({ anonymised: 4 });

    expect(await workers.app.get(FunnelReportRepository).read(reportFilter)).toEqual(reportBefore);
    expect(reportBefore.counts.find((c) => c.month === null && c.channel === null && c.stage === 'enquiry-received')?.reached).toBe(8);
    expect(await figures()).toEqual(figuresBefore);
    expect(await sql(`SELECT * FROM enquiry WHERE id = ANY($1::uuid[]) ORDER BY id`, [kept])).toEqual(keptBefore);

    const erased = await sql(`SELECT first_name, last_name, email, phone, postcode, anonymised_at IS NOT NULL AS anonymised FROM enquiry WHERE id = ANY($1::uuid[])`, [due]);
    expect(erased).toEqual(due.map(() => ({ first_name: 'Erased', last_name: 'Erased', email: 'erased@invalid', phone: 'erased', postcode: 'SW1A', anonymised: true })));
    expect(await sql(`SELECT DISTINCT address, personalisation FROM notification WHERE enquiry_id = ANY($1::uuid[])`, [due])).toEqual([{ address: null, personalisation: {} }]);
    expect((await sql(`SELECT address FROM notification WHERE enquiry_id = ANY($1::uuid[]) AND address IS NOT NULL`, [kept])).length).toBeGreaterThan(0);
    expect(await sql(`SELECT enquiry_id FROM application WHERE enquiry_id = ANY($1::uuid[])`, [[oldDraft, draftLately]])).toEqual([{ enquiry_id: draftLately }]);
    expect(await sql(`SELECT revoked_at IS NOT NULL AS revoked FROM application_link WHERE enquiry_id = $1`, [oldDraft])).toEqual([{ revoked: true }]);
    expect(await sql(`SELECT DISTINCT status, skip_reason FROM follow_up WHERE enquiry_id = $1 AND kind LIKE 'first-contact%'`, [quiet]))
      .toEqual([{ status: 'skipped', skip_reason: 'anonymised' }]);
    expect(await sql(`SELECT note FROM contact_attempt WHERE enquiry_id = $1`, [attemptedLately])).toEqual([{ note: 'left a message' }]);
    const audit = await sql(`SELECT entity_id, actor, role, action FROM audit_event WHERE actor = 'retention' ORDER BY entity_id`);
    expect(audit).toEqual([...due].sort().map((id) => ({ entity_id: id, actor: 'retention', role: 'system', action: 'update' })));

    // Done once: a second run finds nothing, and the trail is not written again.
    await expect(workers.app.get(AnonymiseStaleEnquiriesUseCase).execute()).resolves.toEqual({ anonymised: 0 });
    expect(await sql(`SELECT 1 FROM audit_event WHERE actor = 'retention'`)).toHaveLength(4);
  });
});
