import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildEnquiryRequest } from '@app/testing';
import type { Route } from '../route-list';
import type { FuzzPlan, PageSession } from './fuzz-plan';
import { answeredJourney, applicantSession, WESTMINSTER, type RecruitmentFixtures } from './recruitment-fixtures';

type Fx = RecruitmentFixtures;
const SOME_CHILD = '6f1c2b1e-8d7a-4c3b-9a2e-1f0e9d8c7b6a';
const TERMS = { minAge: 0, maxAge: 18, maxChildren: 2, fosteringTypes: ['short-term', 'long-term'], shortageCategories: ['teenagers'], weeklyCostPounds: 450 };
const ADMIN = { role: 'admin', scope: 'england' } as const;

/** How each recruitment endpoint is fuzzed. A route missing here that reads a body or path parameters fails the suite. */
export function recruitmentFuzzPlan(app: NestFastifyApplication, fixtures: Fx): FuzzPlan<Fx> {
  const sessions = new Map<string, Promise<PageSession>>();
  const once = (name: string, open: () => Promise<PageSession>) => sessions.get(name) ?? sessions.set(name, open()).get(name)!;
  return {
    scopes: { 'recruitment-officer': `service:LA-${WESTMINSTER}`, 'rcc-analyst': 'region:E12000007', 'placement-officer': `council:${WESTMINSTER}`, admin: 'england' },
    sessionFor: (route: Route) => (route.path.startsWith('/application') && !route.path.startsWith('/application/new-link')) || route.path.startsWith('/apply')
      ? once('applicant', async () => ({ client: await applicantSession(app, fixtures.applyPath), caller: 'applicant (link session)' }))
      : once('journey', async () => ({ client: await answeredJourney(app), caller: 'enquirer (journey session)' })),
    specs: {
      'POST /api/v1/enquiries': { body: () => buildEnquiryRequest({ interests: ['teenagers', 'short-breaks'] }), runs: 60 },
      'GET /api/v1/enquiries': { query: () => ({ status: 'enquiry-received', from: '2026-01-01', to: '2030-01-01', limit: '10' }) },
      'GET /api/v1/enquiries/:id': { params: (fx) => ({ id: fx.applicant }) },
      'GET /api/v1/applicants/work-queue': { query: () => ({ limit: '10', assigned: 'unassigned' }) },
      'GET /api/v1/applicants/:id': { params: (fx) => ({ id: fx.applicant }) },
      'POST /api/v1/applicants/:id/transitions': {
        params: (fx) => ({ id: fx.mover }),
        body: () => ({ to: 'withdrawn', version: 1, withdrawalReason: 'AW1', reasons: ['Moved away'], note: 'Phoned', approval: TERMS }),
      },
      'POST /api/v1/applicants/:id/contact-attempts': { params: (fx) => ({ id: fx.applicant }), body: () => ({ channel: 'phone', outcome: 'no-answer', note: 'Left a message' }) },
      'POST /api/v1/applicants/:id/temporary-approval': {
        params: (fx) => ({ id: fx.applicant }), body: () => ({ childIds: [SOME_CHILD], from: '2026-11-23', terms: TERMS }),
      },
      'POST /api/v1/applicants/:id/temporary-approval/extension': { params: (fx) => ({ id: fx.applicant }), body: () => ({}) },
      'POST /api/v1/applicants/:id/checks': {
        params: (fx) => ({ id: fx.stageOne }), body: () => ({ kind: 'dbs', state: 'requested', subject: 'second adult', note: 'Asked on the phone' }),
      },
      'PATCH /api/v1/applicants/:id/checks/:checkId': {
        params: (fx) => ({ id: fx.stageOne, checkId: fx.checkId }), body: () => ({ state: 'cleared', note: 'Clear' }),
      },
      'PUT /api/v1/applicants/:id/panel': { params: (fx) => ({ id: fx.atPanel }), body: () => ({ panelDate: '2027-03-15T10:00:00Z', recommendation: 'approve' }) },
      'GET /api/v1/funnel-report': { query: () => ({ from: '2025-12-01', to: '2026-12-01', format: 'json' }) },
      'GET /api/v1/admin/applicants/:id/personal-data': { as: ADMIN, params: (fx) => ({ id: fx.applicant }) },
      'POST /api/v1/admin/applicants/:id/erasure': { as: ADMIN, params: (fx) => ({ id: fx.erasable }), body: () => ({}), runs: 20 },
      'POST /api/v1/applicants/:id/application-link': { params: (fx) => ({ id: fx.linked }), body: () => ({}) },
      'DELETE /api/v1/applicants/:id/application-link': { params: (fx) => ({ id: fx.linked }) },
      'GET /apply/:token': { params: (fx) => ({ token: fx.applyPath.split('/').pop()! }) },
      'GET /application/:section': { params: () => ({ section: 'about-you' }), query: () => ({ change: 'true' }) },
      'POST /application/:section': { params: () => ({ section: 'about-you' }) },
      'GET /api/v1/applicants/:id/notifications': { params: (fx) => ({ id: fx.applicant }), query: () => ({ limit: '10' }) },
      'GET /api/v1/services/:code/notifications': { params: () => ({ code: `LA-${WESTMINSTER}` }), query: () => ({ limit: '10' }) },
      'GET /api/v1/services/:code/team': { params: () => ({ code: `LA-${WESTMINSTER}` }) },
      'POST /api/v1/services/:code/team': {
        as: ADMIN, params: () => ({ code: `LA-${WESTMINSTER}` }), body: () => ({ subject: 'entra|fuzzed', name: 'Sam Ade', email: 'sam.ade@westminster.example', manager: true }),
      },
      'PATCH /api/v1/services/:code/team/:memberId': {
        as: ADMIN, params: (fx) => ({ code: `LA-${WESTMINSTER}`, memberId: fx.teamMemberId }), body: () => ({ name: 'Priya Shah-Ali', email: 'priya@westminster.example', manager: false, active: true }),
      },
      'PUT /api/v1/applicants/:id/assignment': { params: (fx) => ({ id: fx.applicant }), body: (fx) => ({ teamMemberId: fx.teamMemberId }) },
      'DELETE /api/v1/applicants/:id/assignment': { params: (fx) => ({ id: fx.applicant }) },
      'GET /api/v1/me/notifications': { query: () => ({ limit: '10' }) },
      'POST /application/new-link': { form: (fx) => ({ reference: fx.reference, email: 'sam.okafor@example.com' }) },
    },
  };
}
