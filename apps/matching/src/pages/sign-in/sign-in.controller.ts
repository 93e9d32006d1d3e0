import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageRenderer } from '../page-renderer';
import { StaffSessionStore } from '../session/staff-session.store';
import { SignInPagesService } from './sign-in-pages.service';
import { SIGN_IN_RATE_LIMIT } from './sign-in-rate-limit';
import { PublicRoute } from '@app/auth';

/** Signing in and out of the placement team's pages. */
@ApiExcludeController()
@PublicRoute('signing in and out: the way to a staff session')
@Controller()
export class SignInController {
  constructor(
    private readonly signIn: SignInPagesService,
    private readonly sessions: StaffSessionStore,
    private readonly pages: PageRenderer,
  ) {}

  @Get('sign-in')
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const session = this.sessions.readOrStart(request, reply);
    this.pages.send(reply, this.signIn.signInPage(), session);
  }

  @Post('sign-in')
  @RouteConfig(SIGN_IN_RATE_LIMIT)
  developmentSignIn(@Req() request: FastifyRequest, @Body() body: unknown, @Res() reply: FastifyReply): void {
    this.pages.send(reply, this.signIn.developmentSignIn(this.sessions.read(request), body, reply), this.sessions.read(request));
  }

  @Get('sign-in/oidc')
  @RouteConfig(SIGN_IN_RATE_LIMIT)
  async startOidc(@Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.signIn.startOidc(reply), null);
  }

  @Get('sign-in/callback')
  @RouteConfig(SIGN_IN_RATE_LIMIT)
  async finishOidc(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.signIn.finishOidc(request, reply), null);
  }

  @Post('sign-out')
  signOut(@Req() request: FastifyRequest, @Body() body: unknown, @Res() reply: FastifyReply): void {
    this.pages.send(reply, this.signIn.signOut(this.sessions.read(request), body, reply), null);
  }

  @Get('signed-out')
  signedOut(@Res() reply: FastifyReply): void {
    this.pages.send(reply, { view: 'signed-out.njk', context: {} }, null);
  }
}
