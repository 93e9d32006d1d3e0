import type { FunnelStage } from '../recruitment/funnel';

/** Where an applicant stands, in plain English, with what happens next. */
export const APPLICANT_STAGE_TEXT: Readonly<Record<FunnelStage, { readonly now: string; readonly next: string }>> = {
  'enquiry-received': { now: 'We have your enquiry.', next: 'Someone from the fostering team will contact you soon.' },
  contacted: { now: 'We have spoken with you about fostering.', next: 'We will arrange a visit to your home.' },
  'initial-visit': { now: 'We have visited you at home.', next: 'When you are ready, fill in and send your application.' },
  'application-submitted': { now: 'We have your application.', next: 'We will start the checks: DBS, council, medical and references.' },
  'stage-1': { now: 'We are doing the checks (stage 1).', next: 'When they are complete we will tell you whether you can go on to the assessment.' },
  'stage-2': { now: 'A social worker is assessing you (stage 2).', next: 'They will meet you several times and write a report for the fostering panel.' },
  panel: { now: 'Your assessment is going to the fostering panel.', next: 'The panel makes a recommendation, and the service then makes its decision.' },
  approved: { now: 'You are approved as a foster carer.', next: 'Your supervising social worker will talk with you about your first placement.' },
  withdrawn: { now: 'Your application has been withdrawn.', next: 'If you would like to start again, you can enquire at any time.' },
  'not-approved': { now: 'The fostering service decided not to approve you this time.', next: 'You will have received a letter explaining why and how to ask for a review.' },
  'closed-no-contact': { now: 'We could not reach you, so we closed your enquiry.', next: 'You are welcome to enquire again at any time.' },
};
