import { Logger } from '@nestjs/common';
import type { HtmlErrorRenderer } from '../errors/hearth-exception.filter';
import type { GovukViews } from './govuk-views';

const logger = new Logger('HtmlErrorPages');

/**
 * The createHttpApp renderHtmlError hook for GOV.UK pages: one template per status, chosen by
 * the app. The page never shows what went wrong; the log has it under the correlation id.
 */
export function govukErrorPages(views: GovukViews, viewFor: (status: number) => string): HtmlErrorRenderer {
  return (request, reply, status) => {
    try {
      views.send(reply, viewFor(status), { correlationId: String(request.id) }, status);
    } catch (error) {
      logger.error({ msg: 'error page failed to render', correlationId: String(request.id), err: (error as Error).stack });
      void reply.status(status).type('text/plain; charset=utf-8').send('Sorry, there is a problem with the service. Try again later.');
    }
  };
}
