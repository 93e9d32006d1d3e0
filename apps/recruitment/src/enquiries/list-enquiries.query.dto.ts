import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FUNNEL_STAGES, type FunnelStage } from '@app/domain';
import { IsDateInRange } from '@app/web';

export class ListEnquiriesQueryDto {
  @ApiPropertyOptional({ enum: FUNNEL_STAGES })
  @IsOptional() @IsIn(FUNNEL_STAGES, { message: `status must be one of ${FUNNEL_STAGES.join(', ')}` })
  readonly status?: FunnelStage;

  @ApiPropertyOptional({ description: 'Received on or after (ISO 8601)', example: '2026-11-01' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'from must be a date, like 2026-11-01' }) @IsDateInRange({ message: 'from must be between 1900 and 2199' })
  readonly from?: Date;

  @ApiPropertyOptional({ description: 'Received before (ISO 8601)', example: '2026-12-01' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'to must be a date, like 2026-12-01' }) @IsDateInRange({ message: 'to must be between 1900 and 2199' })
  readonly to?: Date;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' }) @Max(100, { message: 'limit must be 100 or fewer' })
  readonly limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{10,200}$/, { message: 'cursor must be a nextCursor from a previous page' })
  readonly cursor?: string;
}
