import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import type { PersonalDataExport } from '@app/persistence';
import { DataProtectionUseCase } from './data-protection.use-case';

/** Subject access and erasure requests, handled by an administrator. */
@ApiTags('data protection (admin)')
@ApiBearerAuth('staff')
@Controller('api/v1/admin/applicants/:id')
@UseGuards(StaffAuthGuard)
@AllowRoles('admin')
export class DataProtectionController {
  constructor(private readonly dataProtection: DataProtectionUseCase) {}

  @Get('personal-data')
  @ApiOkResponse({ description: 'Everything held about the applicant, as JSON (a subject access request)' })
  export(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Req() request: FastifyRequest): Promise<PersonalDataExport> {
    return this.dataProtection.export(staff, id, request.ip ?? null);
  }

  @Post('erasure')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Personal details erased; the figures (dates, stages, council) are kept' })
  @ApiConflictResponse({ description: 'APPLICANT.TRANSITION_NOT_ALLOWED: an approved foster carer\'s records must be kept' })
  erase(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Req() request: FastifyRequest): Promise<{ erased: true }> {
    return this.dataProtection.erase(staff, id, request.ip ?? null);
  }
}
