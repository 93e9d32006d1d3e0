import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import {
  FOSTERING_TYPES, FUNNEL_STAGES, SHORTAGE_CATEGORIES, WITHDRAWAL_REASON_CODES, type FosteringType, type FunnelStage, type WithdrawalReason,
} from '@app/domain';
import { IsOmittable } from '@app/web';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The terms of approval decided with "approved": they become the household the match search offers. */
export class ApprovalTermsDto {
  @ApiProperty({ minimum: 0, maximum: 20 }) @IsInt({ message: 'minAge must be a whole number' }) @Min(0) @Max(20, { message: 'minAge must be 20 or less' })
  readonly minAge: number;
  @ApiProperty({ minimum: 0, maximum: 20 }) @IsInt({ message: 'maxAge must be a whole number' }) @Min(0) @Max(20, { message: 'maxAge must be 20 or less' })
  readonly maxAge: number;
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt({ message: 'maxChildren must be a whole number' }) @Min(1, { message: 'maxChildren must be at least 1' }) @Max(10)
  readonly maxChildren: number;
  @ApiProperty({ enum: FOSTERING_TYPES, isArray: true })
  @IsArray() @ArrayMinSize(1, { message: 'Give at least one type of fostering' }) @ArrayUnique()
  @IsIn(FOSTERING_TYPES, { each: true, message: `each type must be one of ${FOSTERING_TYPES.join(', ')}` })
  readonly fosteringTypes: FosteringType[];
  @ApiPropertyOptional({ enum: SHORTAGE_CATEGORIES, isArray: true, description: 'Shortage categories the household is approved and prepared for' })
  @IsOmittable() @IsArray() @ArrayUnique() @IsIn(SHORTAGE_CATEGORIES, { each: true, message: `each category must be one of ${SHORTAGE_CATEGORIES.join(', ')}` })
  readonly shortageCategories: string[] = [];
  @ApiProperty({ description: 'What a week of a placement costs the placing council, in pounds' })
  @IsNumber({}, { message: 'weeklyCostPounds must be a number' }) @Min(0) @Max(10000)
  readonly weeklyCostPounds: number;
}

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

  @ApiPropertyOptional({ type: () => ApprovalTermsDto, description: 'Required when moving to approved' })
  @IsOptional() @IsObject({ message: 'approval must be an object with the terms of approval' }) @ValidateNested() @Type(() => ApprovalTermsDto)
  readonly approval?: ApprovalTermsDto;
}
