import { Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { systemClock } from '@app/domain';
import { TakeSufficiencySnapshotUseCase, type AreaRequest, type SnapshotTaken } from '@app/sufficiency';
import { GetAreaSufficiencyUseCase } from './get-area-sufficiency.use-case';
import { GetSufficiencyTrendsUseCase, type SufficiencyTrends } from './get-sufficiency-trends.use-case';
import { areaNotFound } from './sufficiency-area';
import { isTableName, sufficiencyCsv } from './sufficiency.csv';
import { SufficiencyQueryDto } from './sufficiency.query.dto';

const ENGLAND: AreaRequest = { kind: 'england' };
const cooperative = (id: string): AreaRequest => ({ kind: 'cooperative', id });
const council = (code: string): AreaRequest => ({ kind: 'council', code });

@ApiTags('sufficiency')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@ApiNotFoundResponse({ description: 'SUFFICIENCY.AREA_NOT_FOUND, also for an area outside your cooperative' })
@Controller('api/v1/sufficiency')
@UseGuards(StaffAuthGuard)
@AllowRoles('rcc-analyst', 'admin')
export class SufficiencyController {
  constructor(
    private readonly areas: GetAreaSufficiencyUseCase,
    private readonly trendsOf: GetSufficiencyTrendsUseCase,
    private readonly snapshot: TakeSufficiencySnapshotUseCase,
  ) {}

  @Get('england')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'Published (suppressed, rounded) sufficiency tables for England' })
  england(@CurrentStaff() s: StaffPrincipal, @Query() q: SufficiencyQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return this.area(s, ENGLAND, q, reply);
  }

  @Get('england/trends')
  englandTrends(@CurrentStaff() s: StaffPrincipal): Promise<SufficiencyTrends> {
    return this.trendsOf.execute(s, ENGLAND);
  }

  @Get('england/tables/:table')
  @ApiProduces('text/csv')
  englandTable(@CurrentStaff() s: StaffPrincipal, @Param('table') table: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.table(s, ENGLAND, table, reply);
  }

  @Get('cooperatives/:id')
  @ApiProduces('application/json', 'text/csv')
  cooperative(@CurrentStaff() s: StaffPrincipal, @Param('id') id: string, @Query() q: SufficiencyQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return this.area(s, cooperative(id), q, reply);
  }

  @Get('cooperatives/:id/trends')
  cooperativeTrends(@CurrentStaff() s: StaffPrincipal, @Param('id') id: string): Promise<SufficiencyTrends> {
    return this.trendsOf.execute(s, cooperative(id));
  }

  @Get('cooperatives/:id/tables/:table')
  @ApiProduces('text/csv')
  cooperativeTable(@CurrentStaff() s: StaffPrincipal, @Param('id') id: string, @Param('table') table: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.table(s, cooperative(id), table, reply);
  }

  @Get('councils/:code')
  @ApiProduces('application/json', 'text/csv')
  council(@CurrentStaff() s: StaffPrincipal, @Param('code') code: string, @Query() q: SufficiencyQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return this.area(s, council(code), q, reply);
  }

  @Get('councils/:code/trends')
  councilTrends(@CurrentStaff() s: StaffPrincipal, @Param('code') code: string): Promise<SufficiencyTrends> {
    return this.trendsOf.execute(s, council(code));
  }

  @Get('councils/:code/tables/:table')
  @ApiProduces('text/csv')
  councilTable(@CurrentStaff() s: StaffPrincipal, @Param('code') code: string, @Param('table') table: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.table(s, council(code), table, reply);
  }

  /** Takes (or refreshes) today's snapshot now; the workers' daily job does this on schedule. Admins only. */
  @Post('snapshots')
  @HttpCode(201)
  @AllowRoles('admin')
  @ApiOkResponse({ description: 'When the snapshot was taken and how many areas it stored' })
  takeSnapshot(): Promise<SnapshotTaken> {
    return this.snapshot.execute(systemClock.now());
  }

  private async area(s: StaffPrincipal, request: AreaRequest, q: SufficiencyQueryDto, reply: FastifyReply): Promise<unknown> {
    if (q.format !== 'csv') return this.areas.execute(s, request);
    const reports = await this.areas.withParts(s, request);
    return csv(reply, `sufficiency-${reports[0].area.id}.csv`, sufficiencyCsv(reports));
  }

  private async table(s: StaffPrincipal, request: AreaRequest, file: string, reply: FastifyReply): Promise<string> {
    const name = file.replace(/\.csv$/, '');
    const reports = await this.areas.withParts(s, request);
    if (!isTableName(name)) throw areaNotFound();
    return csv(reply, `sufficiency-${reports[0].area.id}-${name}.csv`, sufficiencyCsv(reports, name));
  }
}

function csv(reply: FastifyReply, filename: string, body: string): string {
  void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`);
  return body;
}
