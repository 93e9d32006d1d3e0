import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageRenderer } from '../page-renderer';
import { SignInRequiredFilter } from '../session/sign-in-required.filter';
import { PageSession, StaffPageGuard } from '../session/staff-page.guard';
import type { SignedInSession } from '../session/staff-session';
import { ShortlistHomeUseCase } from '../shortlist/shortlist-home.use-case';
import { MatchPagesService } from './match-pages.service';
import { StaffPageRoles } from '@app/auth';

type ShortlistForm = { householdId?: unknown; action?: unknown };

/** The match search results, the compare table and the shortlist buttons. */
@ApiExcludeController()
@Controller('referrals/:id')
@StaffPageRoles('placement-officer')
@UseGuards(StaffPageGuard)
@UseFilters(SignInRequiredFilter)
export class MatchPagesController {
  constructor(
    private readonly matches: MatchPagesService,
    private readonly shortlist: ShortlistHomeUseCase,
    private readonly pages: PageRenderer,
  ) {}

  @Get('matches')
  async results(@PageSession() session: SignedInSession, @Param('id') id: string, @Query('page') page: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.matches.results(session.principal, id, page, request.ip ?? null), session);
  }

  @Get('compare')
  async compare(@PageSession() session: SignedInSession, @Param('id') id: string, @Query('home') homes: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.matches.compare(session.principal, id, homes, request.ip ?? null), session);
  }

  @Post('shortlist')
  async shortlistHome(@PageSession() session: SignedInSession, @Param('id') id: string, @Body() body: ShortlistForm, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const householdId = typeof body.householdId === 'string' ? body.householdId : '';
    await this.shortlist.execute(session.principal, id, householdId, !String(body.action ?? '').startsWith('remove'), request.ip ?? null);
    const back = body.action === 'remove-from-referral' ? `/referrals/${id}` : `/referrals/${id}/matches#home-${householdId}`;
    this.pages.send(reply, { redirect: back }, session);
  }
}
