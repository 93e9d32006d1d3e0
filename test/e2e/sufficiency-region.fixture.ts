import { testDb } from '@app/testing';

/**
 * A small hand-built part of the North East (cooperative E12000001), whose every figure the
 * sufficiency e2e spec works out by hand. Everything else in England is empty.
 *
 * Hartlepool (H, E06000001)
 *  - 20 in-house households H-01..H-20: 2 places each, short- and long-term, open to teenagers, £500/week.
 *    H-01 holds a sibling group of 2 (ages 8 and 10); H-02..H-20 hold one 14-year-old each: 21 children.
 *    H-02..H-08 are connected-person placements (U1), so those 7 homes count as connected-person
 *    households and their 7 spare places are unavailable vacancies.
 *  - 6 agency households A-01..A-06: 1 place, short-term, £900/week, empty.
 *  - Children placed in H-01..H-14 (15: the 2 siblings + 13 teenagers) are Hartlepool's: inside, 5.0 miles.
 *    Children in H-15..H-20 (6 teenagers) are Middlesbrough's: adjoining council, 25.0 miles.
 *  - 8 open referrals, one 15-year-old each (teenagers, short-term).
 *  - 6 enquiries at stage 2 open to teenagers, 1 spare bedroom each (no funnel history: default outlooks).
 * Middlesbrough (M, E06000002)
 *  - 10 in-house households M-01..M-10: 3 places each, long-term, open to sibling groups, £450/week, empty.
 *  - 3 open referrals, each a sibling group of 2 (ages 6 and 9; sibling groups, long-term): 6 children.
 */
export const HARTLEPOOL = 'E06000001';
export const MIDDLESBROUGH = 'E06000002';
export const NORTH_EAST = 'E12000001';
const GROUP_A = '00000000-0000-4000-8000-0000000000a1';

export async function createNorthEastRegion(): Promise<void> {
  const db = await testDb();
  await db.query(`INSERT INTO fostering_service (code, name, kind, agency_sector) VALUES ('AG-NORTH', 'Northern Fostering', 'agency', 'private')`);
  const household = (ref: string, service: string, council: string, places: number, types: string, categories: string, cost: number) => `
    INSERT INTO fostering_household (service_id, external_ref, council_code, latitude, longitude, approval_status, min_age, max_age, max_children,
                                     fostering_types, shortage_categories, weekly_cost_pounds)
    SELECT s.id, ${ref}, '${council}', 54.6, -1.2, 'approved', 0, 18, ${places}, '${types}', '${categories}', ${cost}
      FROM fostering_service s, generate_series(1, $1) AS n WHERE s.code = '${service}'`;
  await db.query(household(`'H-' || lpad(n::text, 2, '0')`, `LA-${HARTLEPOOL}`, HARTLEPOOL, 2, '{short-term,long-term}', '{teenagers}', 500), [20]);
  await db.query(household(`'A-' || lpad(n::text, 2, '0')`, 'AG-NORTH', HARTLEPOOL, 1, '{short-term}', '{}', 900), [6]);
  await db.query(household(`'M-' || lpad(n::text, 2, '0')`, `LA-${MIDDLESBROUGH}`, MIDDLESBROUGH, 3, '{long-term}', '{sibling-groups}', 450), [10]);
  await db.query(`
    INSERT INTO placement (household_id, child_ref, child_age, sibling_group_id, placing_council_code, placement_type, provider_type,
                           distance_miles, within_placing_council, at_a_distance, booked_by)
    SELECT h.id, 'child-' || h.external_ref || '-' || c.k, c.age, c.grp, c.council, c.type, 'PR1', c.miles, c.council = '${HARTLEPOOL}', false, 'fixture'
      FROM fostering_household h
      CROSS JOIN LATERAL (
        SELECT k, CASE WHEN h.external_ref = 'H-01' THEN 6 + 2 * k ELSE 14 END AS age,
               CASE WHEN h.external_ref = 'H-01' THEN '${GROUP_A}'::uuid END AS grp,
               CASE WHEN h.external_ref <= 'H-14' THEN '${HARTLEPOOL}' ELSE '${MIDDLESBROUGH}' END AS council,
               CASE WHEN h.external_ref BETWEEN 'H-02' AND 'H-08' THEN 'U1' ELSE 'U4' END AS type,
               CASE WHEN h.external_ref <= 'H-14' THEN 5.0 ELSE 25.0 END AS miles
          FROM generate_series(1, CASE WHEN h.external_ref = 'H-01' THEN 2 ELSE 1 END) AS k) c
     WHERE h.external_ref LIKE 'H-%'`);
  // The household rows carry their current placements, as every booking keeps them.
  await db.query(`
    UPDATE fostering_household h SET current_placements = p.list
      FROM (SELECT household_id, jsonb_agg(jsonb_build_object('childRef', child_ref, 'age', child_age, 'siblingGroupId', sibling_group_id)) AS list
              FROM placement GROUP BY household_id) p
     WHERE p.household_id = h.id`);
  await referrals(HARTLEPOOL, 8, [15], '{teenagers}', 'short-term', false);
  await referrals(MIDDLESBROUGH, 3, [6, 9], '{sibling-groups}', 'long-term', true);
  await db.query(`
    INSERT INTO enquiry (reference, status, service_id, council_code, first_name, last_name, email, phone, postcode, preferred_contact_method,
                         preferred_contact_time, adults_in_household, children_in_household, spare_bedrooms, interests, heard_from, priority,
                         channel, consented_at, stage2_started_at)
    SELECT 'SUF' || n, 'stage-2', s.id, '${HARTLEPOOL}', 'A', 'B', 'a@example.com', '07700900000', 'TS24 7AA', 'email', 'evening', 2, 0, 1,
           '{teenagers,short-breaks}', 'friend-or-family', 'shortage', 'web', now(), now()
      FROM fostering_service s, generate_series(1, 6) AS n WHERE s.code = 'LA-${HARTLEPOOL}'`);
}

async function referrals(council: string, count: number, ages: number[], categories: string, type: string, siblings: boolean): Promise<void> {
  const db = await testDb();
  for (let i = 0; i < count; i++) {
    const { rows } = await db.query(
      `INSERT INTO referral (placing_council_code, sibling_group_id, family_home_latitude, family_home_longitude, fostering_type, created_by)
       VALUES ($1, ${siblings ? 'gen_random_uuid()' : 'NULL'}, 54.6, -1.2, $2, 'fixture') RETURNING id`, [council, type]);
    for (const [position, age] of ages.entries()) {
      await db.query(`INSERT INTO referral_child (referral_id, position, age_years, shortage_categories) VALUES ($1, $2, $3, $4)`,
        [rows[0].id, position, age, categories]);
    }
  }
}
