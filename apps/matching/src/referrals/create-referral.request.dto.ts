import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ACCESSIBILITY_FEATURES, CHILD_NEEDS, FOSTERING_TYPES, SHORTAGE_CATEGORIES } from '@app/domain';
import { IsCalendarDate, IsOmittable, IsUkPostcode } from '@app/web';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** One child: age and needs only. Matching needs no names, so none are asked for. */
export class ReferredChildDto {
  @ApiProperty({ minimum: 0, maximum: 20 })
  @IsInt({ message: 'ageYears must be a whole number' }) @Min(0, { message: 'ageYears must be 0 or more' }) @Max(20, { message: 'ageYears must be 20 or less' })
  readonly ageYears: number;

  @ApiPropertyOptional({ enum: CHILD_NEEDS, isArray: true })
  @IsOmittable() @IsArray() @ArrayUnique() @IsIn(CHILD_NEEDS, { each: true, message: `each need must be one of ${CHILD_NEEDS.join(', ')}` })
  readonly needs: string[] = [];

  @ApiPropertyOptional({ enum: SHORTAGE_CATEGORIES, isArray: true })
  @IsOmittable() @IsArray() @ArrayUnique() @IsIn(SHORTAGE_CATEGORIES, { each: true, message: `each category must be one of ${SHORTAGE_CATEGORIES.join(', ')}` })
  readonly shortageCategories: string[] = [];

  @ApiPropertyOptional() @IsOmittable() @IsBoolean({ message: 'mustBeOnlyChild must be true or false' }) readonly mustBeOnlyChild: boolean = false;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean({ message: 'onlyWithOlderChildren must be true or false' }) readonly onlyWithOlderChildren: boolean = false;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean({ message: 'noPets must be true or false' }) readonly noPets: boolean = false;

  @ApiPropertyOptional({ enum: ACCESSIBILITY_FEATURES, isArray: true })
  @IsOmittable() @IsArray() @ArrayUnique() @IsIn(ACCESSIBILITY_FEATURES, { each: true, message: `each feature must be one of ${ACCESSIBILITY_FEATURES.join(', ')}` })
  readonly requiredAccessibility: string[] = [];
}

/** An area the child must be kept away from. */
export class ExclusionZoneDto {
  @ApiProperty({ example: 'M1 1AE' }) @IsUkPostcode({ message: 'Enter a full UK postcode' }) readonly postcode: string;
  @ApiProperty({ minimum: 0.1, maximum: 100 })
  @IsNumber({}, { message: 'radiusMiles must be a number' }) @Min(0.1, { message: 'radiusMiles must be at least 0.1' }) @Max(100, { message: 'radiusMiles must be 100 or less' })
  readonly radiusMiles: number;
}

export class CreateReferralRequestDto {
  @ApiProperty({ example: 'E08000003', description: 'GSS code of the placing council' })
  @Matches(/^E(06|08|09|10)\d{6}$/, { message: 'placingCouncilCode must be a council GSS code, like E08000003' })
  readonly placingCouncilCode: string;

  @ApiProperty({ type: [ReferredChildDto], description: 'One child, or a sibling group' })
  @IsArray({ message: 'children must be a list' }) @ArrayMinSize(1, { message: 'Give at least one child' }) @ArrayMaxSize(8, { message: 'A referral has 8 children at most' })
  @IsObject({ each: true, message: 'each child must be an object, like { "ageYears": 9 }' }) @ValidateNested({ each: true }) @Type(() => ReferredChildDto)
  readonly children: ReferredChildDto[];

  @ApiProperty({ example: 'M1 1AE' }) @IsUkPostcode({ message: 'Enter the family home postcode' }) readonly familyHomePostcode: string;
  @ApiPropertyOptional({ example: 'M13 9PL' }) @IsOptional() @IsUkPostcode({ message: 'Enter a full UK postcode for the school' }) readonly schoolPostcode?: string;

  @ApiProperty({ enum: FOSTERING_TYPES })
  @IsIn(FOSTERING_TYPES, { message: `fosteringType must be one of ${FOSTERING_TYPES.join(', ')}` })
  readonly fosteringType: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @IsOptional() @IsCalendarDate({ message: 'neededBy must be a date like 2026-12-01' })
  readonly neededBy?: string;

  @ApiPropertyOptional() @IsOmittable() @IsBoolean({ message: 'emergency must be true or false' }) readonly emergency: boolean = false;
  @ApiPropertyOptional() @IsOmittable() @IsBoolean({ message: 'splitAllowed must be true or false' }) readonly splitAllowed: boolean = false;

  @ApiPropertyOptional({ type: [String], example: ['en', 'pl'] })
  @IsOmittable() @IsArray() @ArrayMaxSize(5) @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each language must be an ISO 639 code, like en' })
  readonly languages: string[] = [];

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(60, { message: 'religion must be 60 characters or fewer' }) readonly religion?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(60, { message: 'culturalBackground must be 60 characters or fewer' }) readonly culturalBackground?: string;

  @ApiPropertyOptional({ type: [ExclusionZoneDto] })
  @IsOmittable() @IsArray() @ArrayMaxSize(10, { message: 'Give 10 exclusion zones at most' })
  @IsObject({ each: true, message: 'each exclusion zone must be an object with postcode and radiusMiles' }) @ValidateNested({ each: true }) @Type(() => ExclusionZoneDto)
  readonly exclusionZones: ExclusionZoneDto[] = [];

  @ApiPropertyOptional({ type: [String], description: 'Households of connected persons identified for this child' })
  @IsOmittable() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true, message: 'each connected household must be a household id' })
  readonly connectedHouseholdIds: string[] = [];
}
