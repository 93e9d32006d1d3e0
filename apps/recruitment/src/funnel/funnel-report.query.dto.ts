import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional } from 'class-validator';
import { IsDateInRange } from '@app/web';

export class FunnelReportQueryDto {
  @ApiPropertyOptional({ description: 'Enquiries received on or after (ISO 8601); default 12 months before `to`', example: '2025-12-01' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'from must be a date, like 2025-12-01' }) @IsDateInRange({ message: 'from must be between 1900 and 2199' })
  readonly from?: Date;

  @ApiPropertyOptional({ description: 'Enquiries received before (ISO 8601); default now', example: '2026-12-01' })
  @IsOptional() @Type(() => Date) @IsDate({ message: 'to must be a date, like 2026-12-01' }) @IsDateInRange({ message: 'to must be between 1900 and 2199' })
  readonly to?: Date;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  readonly format?: 'json' | 'csv';
}
