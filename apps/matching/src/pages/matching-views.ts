import { CSRF_FIELD } from '@app/web/session';
import { findFromRepoRoot, GovukViews } from '@app/web';
import { CHOICES } from './labels';

export const SERVICE_NAME = 'Hearth placements';

/** The matching app's page templates (apps/matching/views, outside src so the build leaves them be). */
export function createMatchingViews(): GovukViews {
  return new GovukViews({
    viewsDir: findFromRepoRoot('apps/matching/views'),
    globals: { serviceName: SERVICE_NAME, csrfField: CSRF_FIELD, choices: CHOICES },
  });
}

/** The template for each HTML error status; anything unexpected gets the general problem page. */
export function errorViewFor(status: number): string {
  const views: Record<number, string> = {
    400: 'errors/bad-request.njk', 413: 'errors/bad-request.njk', 415: 'errors/bad-request.njk', 403: 'errors/forbidden.njk', 404: 'errors/not-found.njk', 429: 'errors/too-many-requests.njk',
  };
  return views[status] ?? 'errors/problem.njk';
}
