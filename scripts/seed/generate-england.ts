import type { Client } from 'pg';
import { generateAgencies } from './agencies';
import { addConnectedPersons, grantLimitExemptions } from './connected-persons';
import type { SeedGeography } from './geography';
import { generateHouseholds, serials, type HouseholdFactory } from './households';
import type { SeedScale } from './options';
import { fillPlaces } from './placements';
import { generateReferrals } from './referrals';
import type { SyntheticEngland } from './seed-rows';
import { SeedRandom } from './seed-random';

/** Connected persons temporarily approved for a referral's children, out of the scale's households. */
const CONNECTED_ALLOWANCE = 0.02;

/** Builds the whole synthetic England in memory, deterministically from `seed` (dates follow `today`). */
export async function generateEngland(
  db: Client, geography: SeedGeography, scale: SeedScale, seed: number, today: Date,
): Promise<SyntheticEngland & { exemptions: number }> {
  const random = new SeedRandom(seed);
  const factory: HouseholdFactory = { serial: serials(), councilServiceIds: await councilServices(db) };
  const directory = generateAgencies(random, geography, scale.agencies);
  const connectedRoom = Math.round(scale.referrals * CONNECTED_ALLOWANCE);
  const mainstream = generateHouseholds(random, geography, directory, factory, scale.households - connectedRoom);
  const placements = fillPlaces(random, geography, mainstream, today);
  const referrals = generateReferrals(random, geography, scale.referrals, today);
  const relatives = addConnectedPersons(random, geography, mainstream, referrals, factory, today);
  const exemptions = grantLimitExemptions(random, mainstream, referrals);
  return { agencies: directory.agencies, households: [...mainstream, ...relatives], placements, referrals, exemptions };
}

/** Each council's own fostering service (LA-<GSS>), made by the migrations. */
async function councilServices(db: Client): Promise<Map<string, string>> {
  const { rows } = await db.query<{ councilCode: string; id: string }>(
    `SELECT council_code AS "councilCode", id FROM fostering_service WHERE kind = 'council' AND code = 'LA-' || council_code`);
  return new Map(rows.map((r) => [r.councilCode, r.id]));
}
