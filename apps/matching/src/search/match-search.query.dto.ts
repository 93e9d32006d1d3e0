import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class MatchSearchQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'page must be a whole number' }) @Min(1, { message: 'page must be 1 or more' })
  @Max(50, { message: 'page must be 50 or less' })
  readonly page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'pageSize must be a whole number' }) @Min(1, { message: 'pageSize must be 1 or more' })
  @Max(50, { message: 'pageSize must be 50 or less' })
  readonly pageSize?: number;
}
