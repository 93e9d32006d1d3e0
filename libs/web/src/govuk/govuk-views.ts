import type { FastifyReply } from 'fastify';
import { Environment, FileSystemLoader } from 'nunjucks';
import { govukFrontendDist } from './find-up';

export interface GovukViewsOptions {
  /** The app's own templates; they may extend "govuk/template.njk" and import GOV.UK macros. */
  readonly viewsDir: string;
  /** Values every template can read, such as the service name. */
  readonly globals?: Readonly<Record<string, unknown>>;
}

/** Nunjucks set up for the GOV.UK Design System: the app's views first, then govuk-frontend's. */
export class GovukViews {
  private readonly env: Environment;

  constructor(options: GovukViewsOptions) {
    const loader = new FileSystemLoader([options.viewsDir, govukFrontendDist()]);
    this.env = new Environment(loader, { autoescape: true, throwOnUndefined: false });
    for (const [name, value] of Object.entries(options.globals ?? {})) this.env.addGlobal(name, value);
  }

  render(view: string, context: Readonly<Record<string, unknown>> = {}): string {
    return this.env.render(view, context);
  }

  /**
   * Sends a page with the request's CSP nonce for the template's inline scripts. Pages are
   * never stored by browsers or proxies: they can show a person's answers and a form token.
   */
  send(reply: FastifyReply, view: string, context: Readonly<Record<string, unknown>> = {}, status = 200): void {
    const html = this.render(view, { ...context, cspNonce: reply.cspNonce?.script });
    void reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  }
}
