import { Controller, Get, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StaffPageRoles } from '@app/auth';
import type { AreaRequest } from '@app/sufficiency';
import { PageRenderer } from '../page-renderer';
import { SignInRequiredFilter } from '../session/sign-in-required.filter';
import { PageSession } from '../session/staff-page.guard';
import type { SignedInSession } from '../session/staff-session';
import { AnalystPageGuard } from './analyst-page.guard';
import { SufficiencyPagesService } from './sufficiency-pages.service';

/** The sufficiency dashboard for regional care cooperative analysts. */
@ApiExcludeController()
@Controller('sufficiency')
@StaffPageRoles('rcc-analyst', 'admin')
@UseGuards(AnalystPageGuard)
@UseFilters(SignInRequiredFilter)
export class SufficiencyPagesController {
  constructor(
    private readonly sufficiency: SufficiencyPagesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  home(@PageSession() s: SignedInSession, @Res() reply: FastifyReply): void {
    this.pages.send(reply, this.sufficiency.home(s.principal), s);
  }

  @Get('england')
  england(@PageSession() s: SignedInSession, @Res() reply: FastifyReply): Promise<void> {
    return this.show(s, { kind: 'england' }, reply);
  }

  @Get('cooperatives/:id')
  cooperative(@PageSession() s: SignedInSession, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    return this.show(s, { kind: 'cooperative', id }, reply);
  }

  @Get('councils/:code')
  council(@PageSession() s: SignedInSession, @Param('code') code: string, @Res() reply: FastifyReply): Promise<void> {
    return this.show(s, { kind: 'council', code }, reply);
  }

  @Get('england/download.csv')
  englandCsv(@PageSession() s: SignedInSession, @Res() reply: FastifyReply): Promise<void> {
    return this.download(s, { kind: 'england' }, reply);
  }

  @Get('cooperatives/:id/download.csv')
  cooperativeCsv(@PageSession() s: SignedInSession, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    return this.download(s, { kind: 'cooperative', id }, reply);
  }

  @Get('councils/:code/download.csv')
  councilCsv(@PageSession() s: SignedInSession, @Param('code') code: string, @Res() reply: FastifyReply): Promise<void> {
    return this.download(s, { kind: 'council', code }, reply);
  }

  private async show(s: SignedInSession, request: AreaRequest, reply: FastifyReply): Promise<void> {
    this.pages.send(reply, await this.sufficiency.dashboard(s.principal, request), s);
  }

  private async download(s: SignedInSession, request: AreaRequest, reply: FastifyReply): Promise<void> {
    const { filename, body } = await this.sufficiency.csv(s.principal, request);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(body);
  }
}
