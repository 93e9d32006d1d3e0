import { Body, Controller, Get, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GovukViews } from '@app/web';
import type { JourneyStep } from '../journey/enquiry-journey.service';
import { ApplicantLinkResolver, type ApplicantContext } from './applicant-link.resolver';
import { ApplicationCsrfGuard } from './application-csrf.guard';
import { ApplicationFormService } from './application-form.service';
import { OpenApplicationLinkUseCase } from './open-application-link.use-case';
import { ApplicationSessionStore } from './application-session.store';
import { SubmitApplicationUseCase } from './submit-application.use-case';
import { PublicRoute } from '@app/auth';

/** The applicant's own pages, opened by their secure link; plain HTML forms that work without JavaScript. */
@ApiExcludeController()
@PublicRoute("an applicant's own pages, opened by their secure link")
@Controller()
@UseGuards(ApplicationCsrfGuard)
export class ApplicationPagesController {
  constructor(
    private readonly resolver: ApplicantLinkResolver,
    private readonly form: ApplicationFormService,
    private readonly openLink: OpenApplicationLinkUseCase,
    private readonly submitApplication: SubmitApplicationUseCase,
    private readonly sessions: ApplicationSessionStore,
    private readonly views: GovukViews,
  ) {}

  /** The link from the email: swapped at once for a cookie, so the token leaves the address bar and history. */
  @Get('apply/:token')
  async open(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const linkId = await this.openLink.execute(token);
    if (!linkId) return this.linkProblem(reply);
    this.sessions.start(reply, linkId);
    void reply.header('referrer-policy', 'no-referrer').redirect('/application', 303);
  }

  @Get('application')
  taskList(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.asApplicant(request, reply, (who) => this.form.taskList(who));
  }

  @Get('application/check-answers')
  checkAnswers(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.asApplicant(request, reply, (who) => this.form.checkAnswers(who));
  }

  @Post('application/check-answers')
  submit(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.asApplicant(request, reply, async (who) => {
      const outcome = await this.submitApplication.execute(who.enquiryId);
      if (outcome === 'incomplete') return { redirect: '/application' };
      if (outcome === 'not-expected') return { view: 'application/not-expected.njk', context: { pageTitle: 'We cannot take your application yet' }, status: 409 };
      return { redirect: '/application/submitted' };
    });
  }

  @Get('application/submitted')
  submitted(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.asApplicant(request, reply, async () => ({ view: 'application/submitted.njk', context: { pageTitle: 'Application sent' } }));
  }

  @Get('application/status')
  status(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.asApplicant(request, reply, (who) => this.form.status(who));
  }

  @Get('application/:section')
  section(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Param('section') section: string, @Query('change') change?: string): Promise<void> {
    return this.asApplicant(request, reply, (who) => this.form.showSection(who, section, change === 'true'));
  }

  @Post('application/:section')
  save(
    @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Param('section') section: string, @Body() body: unknown, @Query('change') change?: string,
  ): Promise<void> {
    const later = (body as Record<string, unknown> | null)?.action === 'later';
    return this.asApplicant(request, reply, (who) => this.form.saveSection(who, section, body, later, change === 'true'));
  }

  private async asApplicant(request: FastifyRequest, reply: FastifyReply, page: (who: ApplicantContext) => Promise<JourneyStep>): Promise<void> {
    const who = await this.resolver.resolve(request);
    if (!who) return this.linkProblem(reply);
    this.send(reply, await page(who));
  }

  private linkProblem(reply: FastifyReply): void {
    this.sessions.end(reply);
    this.views.send(reply, 'application/link-problem.njk', { pageTitle: 'This link does not work' }, 404);
  }

  private send(reply: FastifyReply, step: JourneyStep): void {
    if ('redirect' in step) {
      void reply.redirect(step.redirect, reply.request.method === 'POST' ? 303 : 302);
      return;
    }
    this.views.send(reply, step.view, { ...step.context }, step.status);
  }
}
