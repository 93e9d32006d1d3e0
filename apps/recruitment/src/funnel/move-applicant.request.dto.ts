import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { FUNNEL_STAGES, WITHDRAWAL_REASON_CODES, type FunnelStage, type WithdrawalReason } from '@app/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Move an applicant to another stage, as of the version the officer last saw. */
export class MoveApplicantRequestDto {
  @ApiProperty({ enum: FUNNEL_STAGES })
  @IsIn(FUNNEL_STAGES, { message: `to must be one of ${FUNNEL_STAGES.join(', ')}` })
  readonly to: FunnelStage;

  @ApiProperty({ description: 'The version the officer last saw; a newer one answers 409', minimum: 1 })
  @IsInt({ message: 'version must be a whole number' }) @Min(1, { message: 'version must be 1 or more' })
  readonly version: number;

  @ApiPropertyOptional({ enum: WITHDRAWAL_REASON_CODES, description: "Ofsted's reason code; required when moving to withdrawn" })
  @IsOptional() @IsIn(WITHDRAWAL_REASON_CODES, { message: `withdrawalReason must be one of ${WITHDRAWAL_REASON_CODES.join(', ')}` })
  readonly withdrawalReason?: WithdrawalReason;

  @ApiPropertyOptional({ type: [String], description: 'Why not approved; required when moving to not-approved' })
  @IsOptional() @IsArray({ message: 'reasons must be a list of short texts' }) @ArrayMaxSize(10, { message: 'reasons must have 10 or fewer items' })
  @IsString({ each: true, message: 'each reason must be text' }) @MinLength(1, { each: true, message: 'a reason cannot be empty' })
  @MaxLength(500, { each: true, message: 'each reason must be 500 characters or fewer' })
  readonly reasons?: string[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(trim) @IsString({ message: 'note must be text' }) @MaxLength(2000, { message: 'note must be 2000 characters or fewer' })
  readonly note?: string;
}
