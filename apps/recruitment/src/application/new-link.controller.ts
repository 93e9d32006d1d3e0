import { Body, Controller, Get, Post, Req, Res, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GovukViews, govukFormErrors } from '@app/web';
import { CsrfGuard } from '../journey/csrf.guard';
import { JourneySessionStore } from '../journey/journey-session.store';
import { PUBLIC_SUBMISSION_RATE_LIMIT } from '../public-rate-limit';
import { RequestNewLinkUseCase } from './request-new-link.use-case';
import { PublicRoute } from '@app/auth';

const REFERENCE = /^FH-[A-Z0-9]{4}-[A-Z0-9]{4}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;

/** Asking for a new application link, with the reference and email address from the enquiry. */
@ApiExcludeController()
@PublicRoute('asking for a new application link: the answer never reveals whether details matched')
@Controller('application/new-link')
@UseGuards(CsrfGuard)
export class NewLinkController {
  constructor(
    private readonly requestNewLink: RequestNewLinkUseCase,
    private readonly sessions: JourneySessionStore,
    private readonly views: GovukViews,
  ) {}

  @Get()
  form(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    this.show(request, reply, {}, [], 200);
  }

  @Post()
  @RouteConfig(PUBLIC_SUBMISSION_RATE_LIMIT)
  async ask(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<void> {
    const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const values = { reference: String(form.reference ?? '').trim().slice(0, 40), email: String(form.email ?? '').trim().slice(0, 254) };
    const problems = [
      ...(REFERENCE.test(values.reference) ? [] : [{ field: 'reference', rule: 'format', message: 'Enter your reference, like FH-7K4M-9QXD' }]),
      ...(EMAIL.test(values.email) ? [] : [{ field: 'email', rule: 'format', message: 'Enter an email address in the correct format, like name@example.com' }]),
    ];
    if (problems.length > 0) return this.show(request, reply, values, problems, 400);
    await this.requestNewLink.execute(values.reference, values.email);
    this.views.send(reply, 'application/new-link-sent.njk', { pageTitle: 'Check your email' });
  }

  private show(request: FastifyRequest, reply: FastifyReply, values: object, problems: { field: string; rule: string; message: string }[], status: number): void {
    const session = this.sessions.readOrStart(request);
    this.sessions.write(reply, session);
    const errors = govukFormErrors(problems, ['reference', 'email']);
    this.views.send(reply, 'application/new-link.njk', { pageTitle: 'Ask for a new link to your application', values, errors, csrfToken: session.csrfToken }, status);
  }
}
