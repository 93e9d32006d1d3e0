import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ACCESSIBILITY_FEATURES, CHILD_NEEDS, FOSTERING_TYPES, PET_KINDS, SHORTAGE_CATEGORIES } from '@app/domain';
import { IsCalendarDate, IsOmittable, IsUkPostcode } from '@app/web';

export class TermsOfApprovalDto {
  @ApiProperty() @IsInt({ message: 'minAge must be a whole number' }) @Min(0) @Max(20, { message: 'minAge must be 20 or less' }) readonly minAge: number;
  @ApiProperty() @IsInt({ message: 'maxAge must be a whole number' }) @Min(0) @Max(20, { message: 'maxAge must be 20 or less' }) readonly maxAge: number;
  @ApiProperty() @IsInt({ message: 'maxChildren must be a whole number' }) @Min(1, { message: 'maxChildren must be at least 1' }) @Max(10) readonly maxChildren: number;
  @ApiProperty({ enum: FOSTERING_TYPES, isArray: true })
  @IsArray() @ArrayMinSize(1, { message: 'Give at least one type of fostering' }) @ArrayUnique()
  @IsIn(FOSTERING_TYPES, { each: true, message: `each type must be one of ${FOSTERING_TYPES.join(', ')}` })
  readonly fosteringTypes: string[];
}

/** A fostering household as an agency or council registers it (also for bulk import, idempotent on externalRef). */
export class RegisterHouseholdRequestDto {
  @ApiProperty({ example: 'LA-E08000003' }) @Matches(/^[A-Z0-9-]{2,40}$/, { message: 'serviceCode must be a fostering service code' }) readonly serviceCode: string;
  @ApiPropertyOptional({ description: "The service's own reference; registering it again updates the household" })
  @IsOptional() @IsString() @MaxLength(80) readonly externalRef?: string;
  @ApiProperty({ example: 'M1 1AE' }) @IsUkPostcode({ message: 'Enter the home’s full postcode' }) readonly postcode: string;
  @ApiProperty({ enum: ['approved', 'temporarily-approved', 'on-hold'] })
  @IsIn(['approved', 'temporarily-approved', 'on-hold'], { message: 'approvalStatus must be approved, temporarily-approved or on-hold' })
  readonly approvalStatus: 'approved' | 'temporarily-approved' | 'on-hold';
  @ApiPropertyOptional({ example: '2027-03-01', description: 'Last day of a temporary approval (connected person)' })
  @IsOptional() @IsCalendarDate({ message: 'temporaryUntil must be a date like 2027-03-01' }) readonly temporaryUntil?: string;
  @ApiProperty({ type: TermsOfApprovalDto })
  @IsObject({ message: 'terms must be an object with minAge, maxAge, maxChildren and fosteringTypes' }) @ValidateNested() @Type(() => TermsOfApprovalDto) readonly terms: TermsOfApprovalDto;
  @ApiPropertyOptional({ enum: SHORTAGE_CATEGORIES, isArray: true }) @IsOmittable() @IsArray() @ArrayUnique() @IsIn(SHORTAGE_CATEGORIES, { each: true }) readonly shortageCategories: string[] = [];
  @ApiPropertyOptional({ enum: CHILD_NEEDS, isArray: true }) @IsOmittable() @IsArray() @ArrayUnique() @IsIn(CHILD_NEEDS, { each: true }) readonly experiencedWithNeeds: string[] = [];
  @ApiPropertyOptional({ enum: ACCESSIBILITY_FEATURES, isArray: true }) @IsOmittable() @IsArray() @ArrayUnique() @IsIn(ACCESSIBILITY_FEATURES, { each: true }) readonly accessibility: string[] = [];
  @ApiPropertyOptional({ type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(8) @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each language must be an ISO 639 code' }) readonly languages: string[] = [];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) readonly religion?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(60, { each: true }) readonly culturalBackgrounds: string[] = [];
  @ApiPropertyOptional({ enum: PET_KINDS, isArray: true }) @IsOmittable() @IsArray() @ArrayUnique() @IsIn(PET_KINDS, { each: true }) readonly pets: string[] = [];
  @ApiPropertyOptional({ type: [Number] }) @IsOmittable() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) @Max(30, { each: true }) readonly ownChildrenAges: number[] = [];
  @ApiProperty() @IsInt({ message: 'yearsFostering must be a whole number' }) @Min(0) @Max(60) readonly yearsFostering: number;
  @ApiProperty() @IsNumber({}, { message: 'weeklyCostPounds must be a number' }) @Min(0) @Max(10000) readonly weeklyCostPounds: number;
}
