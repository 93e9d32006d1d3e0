import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { funnelReportCsv } from './funnel-report.csv';
import { FunnelReportQueryDto } from './funnel-report.query.dto';
import { FunnelReportUseCase } from './funnel-report.use-case';

@ApiTags('funnel report')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1/funnel-report')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'rcc-analyst', 'admin')
export class FunnelReportController {
  constructor(private readonly report: FunnelReportUseCase) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'Counts reaching each stage, conversion, median days per stage, by month and channel, withdrawal reasons' })
  async get(@CurrentStaff() staff: StaffPrincipal, @Query() query: FunnelReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const report = await this.report.execute(staff, query);
    if (query.format !== 'csv') return report;
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="funnel-report.csv"');
    return funnelReportCsv(report);
  }
}
