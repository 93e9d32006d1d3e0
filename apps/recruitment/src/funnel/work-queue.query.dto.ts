import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class WorkQueueQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' }) @Max(100, { message: 'limit must be 100 or fewer' })
  readonly limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{10,200}$/, { message: 'cursor must be a nextCursor from a previous page' })
  readonly cursor?: string;

  @ApiPropertyOptional({ description: '`me` (the applicants assigned to you), `unassigned`, or a team member id; all open applicants when absent' })
  @IsOptional() @Matches(/^(me|unassigned|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assigned must be me, unassigned or a team member id',
  })
  readonly assigned?: string;
}
