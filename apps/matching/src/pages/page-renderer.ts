import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GovukViews } from '@app/web';
import { signedInAs, type StaffSession } from './session/staff-session';

/** What a page controller answers with: a page to render, or where to go next. */
export type PageAnswer =
  | { readonly view: string; readonly context: Record<string, unknown>; readonly status?: number }
  | { readonly redirect: string };

/** Renders the staff pages with who is signed in and the session's form token for every form. */
@Injectable()
export class PageRenderer {
  constructor(private readonly views: GovukViews) {}

  send(reply: FastifyReply, answer: PageAnswer, session: StaffSession | null): void {
    if ('redirect' in answer) {
      // 303 after a form post, so going back or reloading never posts the form again.
      void reply.redirect(answer.redirect, reply.request.method === 'POST' ? 303 : 302);
      return;
    }
    const staff = session?.principal ? signedInAs(session.principal) : null;
    this.views.send(reply, answer.view, { ...answer.context, staff, csrfToken: session?.csrfToken }, answer.status);
  }
}
