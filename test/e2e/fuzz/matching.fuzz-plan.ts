import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Route } from '../route-list';
import type { FuzzPlan, PageSession } from './fuzz-plan';
import {
  householdRequest, MANCHESTER, NORTH_WEST, referralRequest, signInPageSession, staffSession, type MatchingFixtures,
} from './matching-fixtures';

type Fx = MatchingFixtures;
const ADMIN = { role: 'admin', scope: 'england' } as const;
/** Each sufficiency answer recomputes figures for an area (about 0.1–0.4 s here), so fewer inputs. */
const SUFFICIENCY = { runs: 10 } as const;
const REFERRAL_FORM = {
  children: '1', zones: '1', 'children.0.ageYears': '9', 'children.0.needs': 'autism', 'children.0.constraints': 'noPets',
  familyHomePostcode: 'M1 1AE', schoolPostcode: 'M14 5AA', fosteringType: 'short-term', options: 'emergency', languages: 'en, pl',
  religion: 'none', culturalBackground: 'British', 'exclusionZones.0.postcode': 'M13 9PL', 'exclusionZones.0.radiusMiles': '0.5',
};

/** How each matching endpoint is fuzzed. A route missing here that reads a body or path parameters fails the suite. */
export function matchingFuzzPlan(app: NestFastifyApplication, fixtures: Fx): FuzzPlan<Fx> {
  const sessions = new Map<string, Promise<PageSession>>();
  const once = (name: string, open: () => Promise<PageSession>) => sessions.get(name) ?? sessions.set(name, open()).get(name)!;
  const officer = () => once('officer', async () => ({ client: await staffSession(app, 'placement-officer', `council:${MANCHESTER}`), caller: `placement-officer council:${MANCHESTER} (page session)` }));
  const analyst = () => once('analyst', async () => ({ client: await staffSession(app, 'rcc-analyst', `region:${NORTH_WEST}`), caller: `rcc-analyst region:${NORTH_WEST} (page session)` }));
  return {
    scopes: { 'placement-officer': `council:${MANCHESTER}`, 'recruitment-officer': `service:LA-${MANCHESTER}`, 'rcc-analyst': `region:${NORTH_WEST}`, admin: 'england' },
    sessionFor: (route: Route) => {
      if (route.pageRoles?.includes('placement-officer')) return officer();
      if (route.pageRoles?.includes('rcc-analyst')) return analyst();
      return once('sign-in', async () => ({ client: await signInPageSession(app), caller: 'anyone (sign-in page session)' }));
    },
    specs: {
      'GET /api/v1/councils/:code': { params: () => ({ code: MANCHESTER }) },
      'GET /api/v1/councils': { query: () => ({ region: NORTH_WEST }) },
      'GET /api/v1/postcodes/:postcode': { params: () => ({ postcode: 'M1 1AE' }) },
      'POST /api/v1/households': { body: () => householdRequest('fuzz-registered'), runs: 50 },
      'POST /api/v1/referrals': { body: () => referralRequest(), runs: 60 },
      'GET /api/v1/referrals/:id': { params: (fx) => ({ id: fx.referral }) },
      'POST /api/v1/referrals/:id/match-search': { params: (fx) => ({ id: fx.referral }), query: () => ({ page: '1', pageSize: '10' }), body: () => ({}) },
      'POST /api/v1/placements': { body: (fx) => ({ referralId: fx.toBook, householdId: fx.household, fosteringForAdoption: false }) },
      'POST /api/v1/placements/:id/end': { params: (fx) => ({ id: fx.placement }), body: () => ({ reason: 'Returned home' }) },
      'GET /api/v1/audit-events': { query: (fx) => ({ entityType: 'referral', entityId: fx.referral }) },
      'GET /api/v1/matching-policies/:councilCode': { params: () => ({ councilCode: MANCHESTER }) },
      'PUT /api/v1/matching-policies/:councilCode': {
        params: () => ({ councilCode: MANCHESTER }),
        body: () => ({ weights: { 'near-family-home': 30 }, nearHomeMiles: 15, nearSchoolMiles: 8, adjoiningCouncilValue: 0.4, fullExperienceYears: 8,
          weeklyCost: { lowestPounds: 300, highestPounds: 1500 }, widening: { radiiMiles: [10, 30, 90], thenWholeCountry: true, enoughCandidates: 15 } }),
      },
      'GET /referrals/new/details': { query: () => ({ children: '2', zones: '1' }) },
      'POST /referrals/new/details': { form: () => REFERRAL_FORM },
      'GET /referrals/:id': { params: (fx) => ({ id: fx.referral }) },
      'GET /referrals/:id/matches': { params: (fx) => ({ id: fx.referral }), query: () => ({ page: '1' }) },
      'GET /referrals/:id/compare': { params: (fx) => ({ id: fx.referral }), query: (fx) => ({ home: [fx.household, fx.otherHousehold] }) },
      'POST /referrals/:id/shortlist': { params: (fx) => ({ id: fx.referral }), form: (fx) => ({ householdId: fx.household, action: 'add' }) },
      'GET /referrals/:id/book/:householdId': { params: (fx) => ({ id: fx.toBookOnPage, householdId: fx.household }) },
      'POST /referrals/:id/book/:householdId': { params: (fx) => ({ id: fx.toBookOnPage, householdId: fx.household }) },
      'GET /referrals/:id/booked': { params: (fx) => ({ id: fx.pageReferral }), query: (fx) => ({ placement: fx.pagePlacement }) },
      'GET /placements/:id/end': { params: (fx) => ({ id: fx.pagePlacement }) },
      'POST /placements/:id/end': { params: (fx) => ({ id: fx.pagePlacement }) },
      'GET /placements/:id/ended': { params: (fx) => ({ id: fx.pagePlacement }) },
      'GET /sufficiency/cooperatives/:id': { params: () => ({ id: NORTH_WEST }), ...SUFFICIENCY },
      'GET /sufficiency/councils/:code': { params: () => ({ code: MANCHESTER }), ...SUFFICIENCY },
      'GET /sufficiency/cooperatives/:id/download.csv': { params: () => ({ id: NORTH_WEST }), ...SUFFICIENCY },
      'GET /sufficiency/councils/:code/download.csv': { params: () => ({ code: MANCHESTER }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/england': { as: ADMIN, query: () => ({ format: 'json' }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/cooperatives/:id': { params: () => ({ id: NORTH_WEST }), query: () => ({ format: 'csv' }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/cooperatives/:id/trends': { params: () => ({ id: NORTH_WEST }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/cooperatives/:id/tables/:table': { params: () => ({ id: NORTH_WEST, table: 'households.csv' }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/councils/:code': { params: () => ({ code: MANCHESTER }), query: () => ({ format: 'json' }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/councils/:code/trends': { params: () => ({ code: MANCHESTER }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/councils/:code/tables/:table': { params: () => ({ code: MANCHESTER, table: 'gap.csv' }), ...SUFFICIENCY },
      'GET /api/v1/sufficiency/england/tables/:table': { as: ADMIN, params: () => ({ table: 'need.csv' }), ...SUFFICIENCY },
      'POST /api/v1/sufficiency/snapshots': { as: ADMIN, body: () => ({}), runs: 5 },
      'GET /api/v1/cooperatives/:id': { params: (fx) => ({ id: fx.cooperative }) },
      'POST /api/v1/cooperatives': { body: () => ({ id: 'RCC-FUZZ-DURHAM', name: 'Fuzzing Durham and Darlington', councilCodes: ['E06000047', 'E06000005'] }) },
      'PUT /api/v1/cooperatives/:id': { params: (fx) => ({ id: fx.cooperative }), body: () => ({ name: 'Fuzzing Tees', councilCodes: ['E06000001', 'E06000002', 'E06000004'] }) },
      'DELETE /api/v1/cooperatives/:id': { params: (fx) => ({ id: fx.cooperative }) },
    },
  };
}
