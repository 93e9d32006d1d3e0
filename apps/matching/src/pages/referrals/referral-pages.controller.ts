import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageRenderer } from '../page-renderer';
import { SignInRequiredFilter } from '../session/sign-in-required.filter';
import { PageSession, StaffPageGuard } from '../session/staff-page.guard';
import type { SignedInSession } from '../session/staff-session';
import { ReferralPagesService } from './referral-pages.service';
import { StaffPageRoles } from '@app/auth';

/** The start page and the referral pages: plain HTML forms that work with JavaScript off. */
@ApiExcludeController()
@Controller()
@StaffPageRoles('placement-officer')
@UseGuards(StaffPageGuard)
@UseFilters(SignInRequiredFilter)
export class ReferralPagesController {
  constructor(
    private readonly referrals: ReferralPagesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async start(@PageSession() session: SignedInSession, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.referrals.start(session), session);
  }

  @Get('referrals/new')
  size(@PageSession() session: SignedInSession, @Res() reply: FastifyReply): void {
    this.pages.send(reply, this.referrals.sizeStep(), session);
  }

  @Get('referrals/new/details')
  details(@PageSession() session: SignedInSession, @Query() query: unknown, @Res() reply: FastifyReply): void {
    this.pages.send(reply, this.referrals.details(query), session);
  }

  @Post('referrals/new/details')
  async create(@PageSession() session: SignedInSession, @Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.referrals.submit(session, body, request.ip ?? null), session);
  }

  @Get('referrals/:id')
  async show(@PageSession() session: SignedInSession, @Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.referrals.show(session, id, request.ip ?? null), session);
  }
}
