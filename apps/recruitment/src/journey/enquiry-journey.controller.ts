import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GovukViews } from '@app/web';
import { PUBLIC_SUBMISSION_RATE_LIMIT } from '../public-rate-limit';
import { CsrfGuard } from './csrf.guard';
import { EnquiryJourneyService, type JourneyStep } from './enquiry-journey.service';
import { JourneySessionStore } from './journey-session.store';
import { QUESTION_SLUGS } from './question-pages';
import { PublicRoute } from '@app/auth';

/** The page a question route serves: its path without the leading slash. */
const slugOf = (request: FastifyRequest): string => request.routeOptions.url!.slice(1);

/** The public enquiry pages: plain HTML forms that work with JavaScript off. */
@ApiExcludeController()
@PublicRoute('the public enquiry pages, protected by their own session and CSRF token')
@Controller()
@UseGuards(CsrfGuard)
export class EnquiryJourneyController {
  constructor(
    private readonly journey: EnquiryJourneyService,
    private readonly sessions: JourneySessionStore,
    private readonly views: GovukViews,
  ) {}

  @Get()
  start(@Res() reply: FastifyReply): void {
    this.send(reply, { view: 'start.njk', context: { pageTitle: 'Enquire about fostering' } });
  }

  @Get(QUESTION_SLUGS)
  async question(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('change') change?: string): Promise<void> {
    this.send(reply, await this.journey.showQuestion(slugOf(request), this.sessions.readOrStart(request), change === 'true'));
  }

  @Post(QUESTION_SLUGS)
  async answer(@Req() request: FastifyRequest, @Body() body: unknown, @Res() reply: FastifyReply, @Query('change') change?: string): Promise<void> {
    this.send(reply, await this.journey.answerQuestion(slugOf(request), this.sessions.readOrStart(request), body, change === 'true'));
  }

  @Get('eligibility-result')
  async eligibilityResult(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('change') change?: string): Promise<void> {
    this.send(reply, await this.journey.eligibilityResult(this.sessions.readOrStart(request), change === 'true'));
  }

  @Get('check-answers')
  async checkAnswers(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.send(reply, await this.journey.checkAnswers(this.sessions.readOrStart(request)));
  }

  @Post('check-answers')
  @RouteConfig(PUBLIC_SUBMISSION_RATE_LIMIT)
  async submit(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.send(reply, await this.journey.submit(this.sessions.readOrStart(request)));
  }

  @Get('confirmation')
  confirmation(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    this.send(reply, this.journey.confirmation(this.sessions.read(request)));
  }

  private send(reply: FastifyReply, step: JourneyStep): void {
    if (step.session) this.sessions.write(reply, step.session);
    if ('redirect' in step) {
      // 303 after a form post, so going back or reloading never posts the form again.
      void reply.redirect(step.redirect, reply.request.method === 'POST' ? 303 : 302);
      return;
    }
    this.views.send(reply, step.view, step.context, step.status);
  }
}
