import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageRenderer } from '../page-renderer';
import { SignInRequiredFilter } from '../session/sign-in-required.filter';
import { PageSession, StaffPageGuard } from '../session/staff-page.guard';
import type { SignedInSession } from '../session/staff-session';
import { PlacementPagesService } from './placement-pages.service';
import { StaffPageRoles } from '@app/auth';

type Form = Record<string, unknown>;
const ip = (request: FastifyRequest) => request.ip ?? null;

/** Booking a home (check, then confirm) and ending a placement. */
@ApiExcludeController()
@Controller()
@StaffPageRoles('placement-officer')
@UseGuards(StaffPageGuard)
@UseFilters(SignInRequiredFilter)
export class PlacementPagesController {
  constructor(
    private readonly placements: PlacementPagesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('referrals/:id/book/:householdId')
  async check(@PageSession() s: SignedInSession, @Param('id') id: string, @Param('householdId') home: string, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.checkBooking(s.principal, id, home, ip(r)), s);
  }

  @Post('referrals/:id/book/:householdId')
  async book(@PageSession() s: SignedInSession, @Param('id') id: string, @Param('householdId') home: string, @Body() body: Form, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.confirmBooking(s.principal, id, home, body, ip(r)), s);
  }

  @Get('referrals/:id/booked')
  async booked(@PageSession() s: SignedInSession, @Param('id') id: string, @Query('placement') ids: unknown, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.booked(s.principal, id, ids, ip(r)), s);
  }

  @Get('placements/:id/end')
  async endForm(@PageSession() s: SignedInSession, @Param('id') id: string, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.endForm(s.principal, id, ip(r)), s);
  }

  @Post('placements/:id/end')
  async end(@PageSession() s: SignedInSession, @Param('id') id: string, @Body() body: Form, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.confirmEnd(s.principal, id, body, ip(r)), s);
  }

  @Get('placements/:id/ended')
  async ended(@PageSession() s: SignedInSession, @Param('id') id: string, @Req() r: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.placements.ended(s.principal, id, ip(r)), s);
  }
}
