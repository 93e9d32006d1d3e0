import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createOutcodeLocation, tokenFor } from '@app/testing';
import { FormClient } from '../enquiry-journey.form-client';

export const MANCHESTER = 'E08000003';
export const NORTH_WEST = 'E12000002';

/** Records of Manchester's placement team, each endpoint that changes one getting its own. */
export interface MatchingFixtures {
  readonly household: string;
  /** Read, searched, shortlisted and compared. */
  readonly referral: string;
  /** Booked by the JSON API's fuzzing. */
  readonly toBook: string;
  /** Booked by the booking page's fuzzing. */
  readonly toBookOnPage: string;
  /** Ended by the JSON API's fuzzing. */
  readonly placement: string;
  /** Shown and ended by the placement pages' fuzzing. */
  readonly pagePlacement: string;
  readonly pageReferral: string;
  /** A second home, so two can be compared. */
  readonly otherHousehold: string;
  /** A cooperative an administrator defined (Hartlepool and Middlesbrough). */
  readonly cooperative: string;
}

export const DEFINED_COOPERATIVE = { id: 'RCC-FUZZ-TEES', name: 'Fuzzing Tees Valley', councilCodes: ['E06000001', 'E06000002'] };

export function householdRequest(externalRef: string): Record<string, unknown> {
  return {
    serviceCode: `LA-${MANCHESTER}`, externalRef, postcode: 'M14 5AA', approvalStatus: 'approved',
    terms: { minAge: 0, maxAge: 18, maxChildren: 3, fosteringTypes: ['short-term', 'long-term'] },
    shortageCategories: ['teenagers'], experiencedWithNeeds: ['autism'], accessibility: [], languages: ['en'], religion: 'none',
    culturalBackgrounds: ['British'], pets: [], ownChildrenAges: [12], yearsFostering: 5, weeklyCostPounds: 450,
  };
}

export function referralRequest(): Record<string, unknown> {
  return {
    placingCouncilCode: MANCHESTER, children: [{ ageYears: 14, shortageCategories: ['teenagers'], needs: [], mustBeOnlyChild: false }],
    familyHomePostcode: 'M1 1AE', schoolPostcode: 'M14 5AA', fosteringType: 'short-term', neededBy: '2026-12-01', emergency: false,
    splitAllowed: false, languages: ['en'], religion: 'none', culturalBackground: 'British', exclusionZones: [{ postcode: 'M13 9PL', radiusMiles: 0.5 }],
    connectedHouseholdIds: [],
  };
}

/** Builds the fixtures through the real API: Manchester's geography, one home with room for many, referrals and placements. */
export async function createMatchingFixtures(app: NestFastifyApplication): Promise<MatchingFixtures> {
  for (const [outcode, at] of [['M1', { latitude: 53.4794, longitude: -2.2453 }], ['M13', { latitude: 53.4589, longitude: -2.2262 }], ['M14', { latitude: 53.4496, longitude: -2.2238 }]] as const) {
    await createOutcodeLocation(outcode, MANCHESTER, 'E', at);
  }
  const admin = await tokenFor('admin', 'england');
  const officer = await tokenFor('placement-officer', `council:${MANCHESTER}`);
  const post = async (token: string, path: string, body: object) => {
    const answer = await request(app.getHttpServer()).post(path).set('authorization', `Bearer ${token}`).send(body);
    if (answer.status !== 201) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };
  const household = (await post(admin, '/api/v1/households', { ...householdRequest('fuzz-home'), terms: { minAge: 0, maxAge: 18, maxChildren: 10, fosteringTypes: ['short-term'] } })).id;
  const referral = async () => (await post(officer, '/api/v1/referrals', referralRequest())).id as string;
  const book = async (referralId: string) => (await post(officer, '/api/v1/placements', { referralId, householdId: household })).placements[0].id as string;
  const pageReferral = await referral();
  const otherHousehold = (await post(admin, '/api/v1/households', householdRequest('fuzz-home-2'))).id;
  const cooperative = (await post(admin, '/api/v1/cooperatives', DEFINED_COOPERATIVE)).id;
  return {
    otherHousehold, cooperative,
    household, referral: await referral(), toBook: await referral(), toBookOnPage: await referral(),
    placement: await book(await referral()), pagePlacement: await book(pageReferral), pageReferral,
  };
}

/** A member of staff signed in to the pages with the development sign-in, holding the form token of their home page. */
export async function staffSession(app: NestFastifyApplication, role: string, scope: string): Promise<FormClient> {
  const client = new FormClient(app.getHttpServer(), 'hearth-staff');
  await client.get('/sign-in');
  const signedIn = await client.post('/sign-in', { subject: 'fuzz.officer', role, scope });
  if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
  await client.get(signedIn.headers.location as string);
  return client;
}

/** Someone at the sign-in page, not signed in: the session that carries the sign-in form's token. */
export async function signInPageSession(app: NestFastifyApplication): Promise<FormClient> {
  const client = new FormClient(app.getHttpServer(), 'hearth-staff');
  await client.get('/sign-in');
  return client;
}
