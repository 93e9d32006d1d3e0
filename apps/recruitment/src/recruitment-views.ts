import { FOSTERING_INTEREST_LABELS } from '@app/domain';
import { findFromRepoRoot, GovukViews } from '@app/web';
import { choiceItems, CONTACT_METHOD_LABELS, CONTACT_TIME_LABELS, HEARD_FROM_LABELS, YES_NO_LABELS } from './journey/answer-labels';
import { CSRF_FIELD } from './journey/csrf.guard';
import { AGREED, NOT_SURE_YET } from './journey/question-pages';

export const SERVICE_NAME = 'Foster with Hearth';

/** The recruitment app's page templates (apps/recruitment/views, outside src so the build leaves them be). */
export function createRecruitmentViews(): GovukViews {
  return new GovukViews({
    viewsDir: findFromRepoRoot('apps/recruitment/views'),
    globals: {
      serviceName: SERVICE_NAME,
      csrfField: CSRF_FIELD,
      formValues: { notSureYet: NOT_SURE_YET, agreed: AGREED },
      choices: {
        yesNo: choiceItems(YES_NO_LABELS),
        contactMethods: choiceItems(CONTACT_METHOD_LABELS),
        contactTimes: choiceItems(CONTACT_TIME_LABELS),
        heardFrom: choiceItems(HEARD_FROM_LABELS),
        interests: choiceItems(FOSTERING_INTEREST_LABELS),
      },
    },
  });
}

/** The template for each HTML error status; anything unexpected gets the general problem page. */
export function errorViewFor(status: number): string {
  const views: Record<number, string> = {
    400: 'errors/bad-request.njk', 413: 'errors/bad-request.njk', 415: 'errors/bad-request.njk', 403: 'errors/forbidden.njk', 404: 'errors/not-found.njk', 429: 'errors/too-many-requests.njk',
  };
  return views[status] ?? 'errors/problem.njk';
}
