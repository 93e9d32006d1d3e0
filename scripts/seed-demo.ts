import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadConfigOrExit } from '@app/config';
import {
  DEFAULT_SERVICE_LEVELS, dueNext, enquiryReference, followUpPriority, FOSTERING_INTERESTS, WorkingDayCalendar, type FosteringInterest,
} from '@app/domain';
import { JOB_PRIORITY, PLAN_ENQUIRY_FOLLOW_UPS } from '@app/queue';

/**
 * `npm run seed:demo`: a few made-up enquiries for a handful of councils, so a newcomer sees
 * a populated work queue. Every name is fictional; reruns add nothing once demo data exists.
 */
const DEMO_COUNCILS = ['E09000033', 'E08000003', 'E06000023', 'E10000016', 'E08000025'];
const FIRST = ['Alex', 'Jordan', 'Priya', 'Tomasz', 'Amara', 'Chris', 'Fatima', 'Morgan'];
const LAST = ['Example', 'Sample', 'Demo', 'Testworth'];

async function main(): Promise<void> {
  const config = loadConfigOrExit('seed-demo');
  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  try {
    const existing = await db.query(`SELECT 1 FROM enquiry WHERE channel = 'demo' LIMIT 1`);
    if (existing.rowCount) {
      process.stdout.write('Demo data already loaded\n');
      return;
    }
    let n = 0;
    for (const council of DEMO_COUNCILS) {
      const officer = await insertDemoTeam(db, council);
      for (let i = 0; i < 8; i++, n++) await insertDemoEnquiry(db, council, n, i % 2 === 0 ? officer : null);
    }
    process.stdout.write(`Loaded ${n} demo enquiries across ${DEMO_COUNCILS.length} councils, each team with an officer and a manager\n`);
  } finally {
    await db.end();
  }
}

/**
 * Each demo council's team: a manager, and an officer whose subject is the one `npm run token`
 * gives a recruitment officer, so `?assigned=me` and `/api/v1/me/notifications` work locally.
 */
async function insertDemoTeam(db: Client, council: string): Promise<string> {
  const { rows } = await db.query<{ id: string; subject: string }>(
    `INSERT INTO team_member (service_id, subject, name, email, is_manager)
     SELECT r.service_id, v.subject, v.name, v.email, v.manager FROM enquiry_routing r,
            (VALUES ('local-recruitment-officer', 'Alex Officer', 'alex.officer@example.com', false),
                    ('local-team-manager', 'Sam Manager', 'sam.manager@example.com', true)) AS v(subject, name, email, manager)
      WHERE r.council_code = $1
     ON CONFLICT (service_id, subject) DO UPDATE SET active = true
     RETURNING id, subject`, [council]);
  return rows.find((r) => r.subject === 'local-recruitment-officer')!.id;
}

async function insertDemoEnquiry(db: Client, council: string, n: number, officer: string | null): Promise<void> {
  const interests = FOSTERING_INTERESTS.filter((_, k) => (n + k) % 3 === 0) as FosteringInterest[];
  const priority = followUpPriority(interests);
  const id = randomUUID();
  const reference = enquiryReference(Uint8Array.from(Buffer.from(id.replace(/-/g, ''), 'hex').subarray(0, 8)));
  const createdAt = new Date(Date.now() - n * 3_600_000);
  const due = dueNext('enquiry-received', { enquiredAt: createdAt, applicationSubmittedAt: null, checksCompletedAt: null, panelDate: null },
    DEFAULT_SERVICE_LEVELS, new WorkingDayCalendar());
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO enquiry (id, reference, service_id, council_code, first_name, last_name, email, phone, postcode, outward_code,
       preferred_contact_method, preferred_contact_time, adults_in_household, children_in_household, spare_bedrooms,
       interests, heard_from, priority, channel, consented_at, created_at, stage_entered_at, due_kind, due_at, assigned_to, assigned_at)
     SELECT $1::uuid, $2::text, r.service_id, r.council_code, $4::text, $5::text, $6::text, '07700 900' || lpad($7::int::text, 3, '0'), 'ZZ99 9ZZ', 'ZZ99',
       'email', 'any', 1 + $7::int % 2, $7::int % 3, 1 + $7::int % 2, $8::text[], 'search-engine', $9::text, 'demo', $10::timestamptz, $10::timestamptz, $10::timestamptz, $11::text, $12::timestamptz,
       $13::uuid, CASE WHEN $13::uuid IS NULL THEN NULL ELSE $10::timestamptz END
     FROM enquiry_routing r WHERE r.council_code = $3::varchar`,
    [id, reference, council, FIRST[n % FIRST.length], LAST[n % LAST.length], `demo${n}@example.com`, n, interests, priority, createdAt, due?.kind ?? null, due?.dueBy ?? null, officer],
  );
  await db.query(`INSERT INTO outbox_message (job_name, payload, priority) VALUES ($1, $2, $3)`, [
    PLAN_ENQUIRY_FOLLOW_UPS.name,
    { schemaVersion: PLAN_ENQUIRY_FOLLOW_UPS.schemaVersion, enquiryId: id },
    JOB_PRIORITY[priority],
  ]);
  await db.query('COMMIT');
}

void main().catch((error: Error) => {
  process.stderr.write(`Demo data failed: ${error.message}\n`);
  process.exit(1);
});
