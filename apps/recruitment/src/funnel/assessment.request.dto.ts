import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CHECK_KINDS, CHECK_STATES, type CheckKind, type CheckState } from '@app/domain';
import { IsDateInRange } from '@app/web';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A stage 1 check asked for or answered; `subject` says whose (each adult has their own DBS check). */
export class RecordCheckRequestDto {
  @ApiProperty({ enum: CHECK_KINDS })
  @IsIn(CHECK_KINDS, { message: `kind must be one of ${CHECK_KINDS.join(', ')}` })
  readonly kind: CheckKind;

  @ApiProperty({ enum: CHECK_STATES })
  @IsIn(CHECK_STATES, { message: `state must be one of ${CHECK_STATES.join(', ')}` })
  readonly state: CheckState;

  @ApiPropertyOptional({ maxLength: 200, description: 'Whose check, e.g. "second adult"; avoid full names' })
  @IsOptional() @Transform(trim) @IsString({ message: 'subject must be text' }) @MinLength(1, { message: 'subject cannot be empty' })
  @MaxLength(200, { message: 'subject must be 200 characters or fewer' })
  readonly subject?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(trim) @IsString({ message: 'note must be text' }) @MaxLength(2000, { message: 'note must be 2000 characters or fewer' })
  readonly note?: string;
}

export class UpdateCheckRequestDto extends PickType(RecordCheckRequestDto, ['state', 'note'] as const) {}

export const PANEL_RECOMMENDATIONS = ['approve', 'do-not-approve'] as const;

/** The fostering panel's date and, once it has sat, its recommendation. */
export class RecordPanelRequestDto {
  @ApiProperty({ example: '2027-03-15T10:00:00Z' })
  @Type(() => Date) @IsDate({ message: 'panelDate must be a date and time, like 2027-03-15T10:00:00Z' }) @IsDateInRange({ message: 'panelDate must be between 1900 and 2199' })
  readonly panelDate: Date;

  @ApiPropertyOptional({ enum: PANEL_RECOMMENDATIONS })
  @IsOptional() @IsIn(PANEL_RECOMMENDATIONS, { message: `recommendation must be one of ${PANEL_RECOMMENDATIONS.join(', ')}` })
  readonly recommendation?: (typeof PANEL_RECOMMENDATIONS)[number];
}
