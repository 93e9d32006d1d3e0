import type { Client } from 'pg';

/**
 * The national seed has no recruitment funnel, so the benchmark adds one of about the size England's
 * would be held in one system: per council, open enquiries spread over the open stages, and two years
 * of finished ones (approved or closed) with milestone dates, so stage outlooks come from history.
 * Shapes follow the DESIGN figures (≈125,000 enquiries a year nationally, ≈6% become applications).
 */
export async function addSyntheticFunnel(db: Client, openPerCouncil: number, finishedPerCouncil: number): Promise<void> {
  const common = `
    INSERT INTO enquiry (reference, status, service_id, council_code, first_name, last_name, email, phone, postcode, preferred_contact_method,
                         preferred_contact_time, adults_in_household, children_in_household, spare_bedrooms, interests, heard_from, priority,
                         channel, consented_at, created_at, contacted_at, initial_visit_at, application_submitted_at, stage1_started_at,
                         stage2_started_at, panel_stage_at, approved_at, closed_at)`;
  const interests = `(CASE n % 6 WHEN 0 THEN '{teenagers}' WHEN 1 THEN '{sibling-groups,teenagers}' WHEN 2 THEN '{uasc}' WHEN 3 THEN '{parent-and-child}'
    WHEN 4 THEN '{complex-trauma,short-breaks}' ELSE '{short-breaks}' END)::text[]`;
  // Open: the stage reached is n mod 7 (more early than late, as in any funnel: weights by repetition).
  await db.query(`${common}
    SELECT 'Z' || substr(md5(c.code || n || 'open'), 1, 11), s.stage, r.service_id, c.code, 'Bench', 'Applicant', 'bench@example.com', '07700900000', 'AB1 2CD', 'email', 'evening',
           2, 0, 1 + (n % 3), ${interests}, 'friend-or-family', 'standard', 'web', now(), now() - interval '1 day' * (n % 200),
           CASE WHEN s.i >= 1 THEN now() - interval '1 day' * (n % 190) END, CASE WHEN s.i >= 2 THEN now() - interval '1 day' * (n % 150) END,
           CASE WHEN s.i >= 3 THEN now() - interval '1 day' * (n % 120) END, CASE WHEN s.i >= 4 THEN now() - interval '1 day' * (n % 100) END,
           CASE WHEN s.i >= 5 THEN now() - interval '1 day' * (n % 60) END, CASE WHEN s.i >= 6 THEN now() - interval '1 day' * (n % 20) END, NULL, NULL
      FROM council c JOIN enquiry_routing r ON r.council_code = c.code, generate_series(1, $1) AS n
      CROSS JOIN LATERAL (SELECT i, (ARRAY['enquiry-received','contacted','initial-visit','application-submitted','stage-1','stage-2','panel'])[i + 1] AS stage
                            FROM (SELECT (ARRAY[0,0,0,1,1,1,2,2,3,4,5,6])[1 + (n % 12)] AS i) x) s`, [openPerCouncil]);
  // Finished in the last two years: one in 12 approved (≈ 8%); the rest closed at the stage they reached.
  await db.query(`${common}
    SELECT 'Z' || substr(md5(c.code || n || 'done'), 1, 11), CASE WHEN n % 12 = 0 THEN 'approved' ELSE 'withdrawn' END, r.service_id, c.code, 'Bench', 'Applicant',
           'bench@example.com', '07700900000', 'AB1 2CD', 'email', 'evening', 2, 0, 1, ${interests}, 'friend-or-family', 'standard', 'web', now(),
           t0, t0 + interval '2 days', CASE WHEN n % 3 = 0 THEN t0 + interval '12 days' END, CASE WHEN n % 6 = 0 THEN t0 + interval '40 days' END,
           CASE WHEN n % 6 = 0 THEN t0 + interval '50 days' END, CASE WHEN n % 6 = 0 THEN t0 + interval '110 days' END,
           CASE WHEN n % 12 = 0 THEN t0 + interval '200 days' END, CASE WHEN n % 12 = 0 THEN t0 + interval '215 days' END,
           CASE WHEN n % 12 <> 0 THEN t0 + interval '30 days' END
      FROM council c JOIN enquiry_routing r ON r.council_code = c.code, generate_series(1, $1) AS n
      CROSS JOIN LATERAL (SELECT now() - interval '1 day' * (220 + n % 480) AS t0) t`, [finishedPerCouncil]);
}
