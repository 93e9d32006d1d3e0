import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { AllowRoles, StaffAuthGuard } from '@app/auth';
import { AuditTrailRepository, type AuditEvent } from '@app/persistence';

export class AuditQueryDto {
  @ApiProperty({ enum: ['referral', 'placement', 'applicant'] })
  @IsIn(['referral', 'placement', 'applicant'], { message: 'entityType must be referral, placement or applicant' })
  readonly entityType: string;

  @ApiProperty() @IsUUID('all', { message: 'entityId must be an id' })
  readonly entityId: string;
}

/** Who read or changed a child's or applicant's record: for admins answering a council or a subject access request. */
@ApiTags('audit trail (admin)')
@ApiBearerAuth('staff')
@Controller('api/v1/audit-events')
@UseGuards(StaffAuthGuard)
@AllowRoles('admin')
export class AuditEventsController {
  constructor(private readonly audit: AuditTrailRepository) {}

  @Get()
  @ApiOkResponse({ description: 'Newest first, at most 500' })
  async list(@Query() query: AuditQueryDto): Promise<{ items: (Omit<AuditEvent, 'entityType' | 'entityId'> & { at: string })[] }> {
    const events = await this.audit.forEntity(query.entityType, query.entityId);
    return { items: events.map((e) => ({ at: e.at.toISOString(), actor: e.actor, role: e.role, action: e.action, clientIp: e.clientIp })) };
  }
}
