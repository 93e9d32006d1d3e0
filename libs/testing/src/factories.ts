import { mintStaffToken, type StaffRole, parseScope } from '@app/auth';
import { readHearthConfig } from '@app/config';
import { testDb } from './test-database';

/** A complete, valid enquiry as the JSON API accepts it. */
export function buildEnquiryRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Sam',
    lastName: 'Okafor',
    email: 'sam.okafor@example.com',
    phone: '07700 900982',
    postcode: 'SW1A 1AA',
    preferredContactMethod: 'email',
    preferredContactTime: 'evening',
    adultsInHousehold: 2,
    childrenInHousehold: 1,
    spareBedrooms: 1,
    interests: ['teenagers', 'short-breaks'],
    heardFrom: 'friend-or-family',
    consentToStore: true,
    ...overrides,
  };
}

/** Stores an outward-code centroid, as the geography importer would. */
export async function createOutcodeLocation(outwardCode: string, councilCode: string | null, country = 'E', at = { latitude: 51.5, longitude: -0.14 }): Promise<void> {
  const db = await testDb();
  await db.query(
    `INSERT INTO outcode_location (outward_code, latitude, longitude, council_code, country) VALUES ($1, $2, $3, $4, $5)`,
    [outwardCode, at.latitude, at.longitude, councilCode, country],
  );
}

/** A regional recruitment hub taking the enquiries of the given councils. */
export async function createHub(code: string, councilCodes: string[]): Promise<string> {
  const db = await testDb();
  const { rows } = await db.query(`INSERT INTO fostering_service (code, name, kind) VALUES ($1, $2, 'hub') RETURNING id`, [code, `${code} hub`]);
  for (const council of councilCodes) {
    await db.query(`UPDATE enquiry_routing SET service_id = $1 WHERE council_code = $2`, [rows[0].id, council]);
  }
  return rows[0].id;
}

/** A signed staff bearer token, as the identity provider would issue. */
export async function tokenFor(role: StaffRole, scope: string, ttlSeconds = 600): Promise<string> {
  const parsed = parseScope(scope);
  if (!parsed) throw new Error(`bad scope ${scope}`);
  return mintStaffToken(readHearthConfig(), { subject: `test-${role}`, role, scope: parsed, ttlSeconds });
}
