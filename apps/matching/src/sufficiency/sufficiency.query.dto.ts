import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class SufficiencyQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: every table of the area (and the areas inside it), with ONS codes in every row' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  readonly format?: 'json' | 'csv';
}
