import { Client } from 'pg';

let client: Client | null = null;

/** A plain connection to the test database, for arranging and asserting around the app. */
export async function testDb(): Promise<Client> {
  if (!client) {
    client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  }
  return client;
}

export async function closeTestDb(): Promise<void> {
  await client?.end();
  client = null;
}

/**
 * Empties everything tests write, keeping the reference data the migrations loaded
 * (regions, councils, adjacency, each council's own fostering team and its routing).
 */
export async function resetDatabase(): Promise<void> {
  const db = await testDb();
  await db.query(`TRUNCATE follow_up, team_member, follow_up_plan, notification, sufficiency_snapshot, regional_care_cooperative_council, regional_care_cooperative, placement, referral_shortlist, referral_child, referral, fostering_household, matching_policy, agency_council, enquiry, assessment_check, funnel_transition, contact_attempt, application, application_link, outbox_message, postcode_location, outcode_location, geo_import`);
  await db.query(`
    INSERT INTO enquiry_routing (council_code, service_id)
    SELECT s.council_code, s.id FROM fostering_service s WHERE s.kind = 'council'
    ON CONFLICT (council_code) DO UPDATE SET service_id = EXCLUDED.service_id`);
  await db.query(`DELETE FROM fostering_service WHERE kind NOT IN ('council', 'triage')`);
}
