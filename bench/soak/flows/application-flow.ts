import type { EnquiryGenerator } from '../../intake/enquiry-generator';
import type { FlowContext } from '../flow-context';
import { apiEnquiry, FormVisitor } from './enquiry-flows';

/** Answers to every section of the application form, invented (no real person), as the form's fields take them. */
const SECTIONS: readonly [string, Record<string, string>][] = [
  ['about-you', { fullName: 'Soak Applicant', 'dateOfBirth-day': '7', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1985', address: '1 Example Street\nExampletown', connectedPerson: 'no' }],
  ['household', { adults: 'Soak Applicant, me, 7 March 1985', children: '' }],
  ['home', { bedrooms: '3', spareBedrooms: '1', tenure: 'own', smokers: 'no', pets: 'None' }],
  ['health', { healthConditions: 'no', gpPractice: 'Example Medical Centre' }],
  ['employment', { employment: 'part-time', employmentDetails: 'Teaching assistant', financialDifficulty: 'no' }],
  ['support-network', { supporters: 'A sister nearby who can help with school runs' }],
  ['referees', { referee1Name: 'Referee One', referee1Contact: 'one@example.com', referee2Name: 'Referee Two', referee2Contact: '07700 900123' }],
  ['previous-applications', { appliedBefore: 'no' }],
  ['consent', { consentDbs: 'yes', consentLocalAuthority: 'yes', consentMedical: 'yes', consentReferences: 'yes' }],
];

/**
 * From enquiry to a sent application, over HTTP only: the enquiry (JSON API), the service's
 * recruitment officer finding it, recording contact and the initial visit, issuing the secure link;
 * then the applicant opening it and saving every section, and sending the application.
 * Any failure ends the flow: an officer or applicant would come back to it another day.
 */
export async function applicationFlow(ctx: FlowContext, generator: EnquiryGenerator): Promise<void> {
  const outcodes = [...ctx.data.serviceByOutcode.keys()];
  const outcode = ctx.random.pick(outcodes);
  const ack = await apiEnquiry(ctx, generator, `${outcode} ${ctx.random.int(1, 9)}AB`);
  if (!ack) return;
  const officer = await ctx.tokens.bearer('recruitment-officer', `service:${ctx.data.serviceByOutcode.get(outcode)}`);
  const id = await findEnquiryId(ctx, officer, ack.reference, ack.receivedAt);
  if (!id) return;
  for (const [to, version] of [['contacted', 1], ['initial-visit', 2]] as const) {
    const moved = await ctx.caller.call('recruitment', 'officer', { method: 'POST', path: `/api/v1/applicants/${id}/transitions`, headers: officer, json: { to, version } }, [200]);
    if (!moved) return;
  }
  const link = await ctx.caller.call('recruitment', 'officer', { method: 'POST', path: `/api/v1/applicants/${id}/application-link`, headers: officer, json: {} }, [201]);
  if (!link) return;
  const applicant = new FormVisitor(ctx, ctx.addresses.next());
  if ((await applicant.get(new URL((JSON.parse(link.body) as { url: string }).url).pathname, 'application', [303])) === null) return;
  if ((await applicant.get('/application', 'application', [200])) === null) return;
  for (const [section, fields] of SECTIONS) {
    if (!(await applicant.answer(`/application/${section}`, { ...fields, action: 'continue' }, 'application'))) return;
  }
  if ((await applicant.get('/application/check-answers', 'application', [200])) === null) return;
  const sent = await applicant.post('/application/check-answers', {}, 'application_submit');
  if (sent === '/application/submitted') ctx.ledger.submittedApplications.push(id);
  else if (sent !== null) throw new Error(`sending the application led to ${sent}, not /application/submitted`);
}

/** The officer's list of enquiries received in that millisecond, then the one with the reference. */
async function findEnquiryId(ctx: FlowContext, officer: Record<string, string>, reference: string, receivedAt: string): Promise<string | null> {
  const from = new Date(receivedAt);
  const to = new Date(from.getTime() + 1);
  const path = `/api/v1/enquiries?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}&limit=100`;
  const answer = await ctx.caller.call('recruitment', 'officer', { method: 'GET', path, headers: officer }, [200]);
  if (!answer) return null;
  const found = (JSON.parse(answer.body) as { items: { id: string; reference: string }[] }).items.find((e) => e.reference === reference);
  if (!found) throw new Error('an acknowledged enquiry was not in its service\'s list for the moment it was received');
  return found.id;
}
