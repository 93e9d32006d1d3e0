import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, Equals, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min,
  MinLength, ValidateNested,
} from 'class-validator';
import {
  CONTACT_METHODS, CONTACT_TIMES, FOSTERING_INTERESTS, HEARD_FROM, HOUSEHOLD_LIMITS, parsePostcode,
  type ContactMethod, type ContactTime, type FosteringInterest, type HeardFrom, type YesNo,
} from '@app/domain';

import { IsUkPostcode } from '@app/web';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const NAME = /^[\p{L}\p{M}' .-]+$/u;
const PHONE = /^\+?[0-9 ()-]{10,20}$/;
const { adults, children, spareBedrooms } = HOUSEHOLD_LIMITS;

/** The optional answers to the eligibility check, kept with the enquiry for the service's context. */
export class EligibilityAnswersDto {
  @ApiProperty({ enum: ['yes', 'no'] }) @IsIn(['yes', 'no'], { message: 'Select yes if you are 21 or over' })
  readonly aged21OrOver: YesNo;
  @ApiProperty({ enum: ['yes', 'no'] }) @IsIn(['yes', 'no'], { message: 'Select yes if you have a spare bedroom' })
  readonly hasSpareBedroom: YesNo;
  @ApiProperty({ enum: ['yes', 'no'] }) @IsIn(['yes', 'no'], { message: 'Select yes if you live in England' })
  readonly livesInEngland: YesNo;
}

/** An enquiry about fostering. Messages follow the GOV.UK Design System's error message style. */
export class CreateEnquiryRequestDto {
  @ApiProperty({ example: 'Sam', maxLength: 100 })
  @Transform(trim) @IsString({ message: 'Enter your first name' }) @MinLength(1, { message: 'Enter your first name' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer' })
  @Matches(NAME, { message: 'First name must only include letters, spaces, hyphens and apostrophes' })
  readonly firstName: string;

  @ApiProperty({ example: 'Okafor', maxLength: 100 })
  @Transform(trim) @IsString({ message: 'Enter your last name' }) @MinLength(1, { message: 'Enter your last name' })
  @MaxLength(100, { message: 'Last name must be 100 characters or fewer' })
  @Matches(NAME, { message: 'Last name must only include letters, spaces, hyphens and apostrophes' })
  readonly lastName: string;

  @ApiProperty({ example: 'sam@example.com', maxLength: 254 })
  @Transform(trim) @IsString({ message: 'Enter your email address' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  readonly email: string;

  @ApiProperty({ example: '07700 900982' })
  @Transform(trim) @IsString({ message: 'Enter a telephone number' })
  @Matches(PHONE, { message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' })
  readonly phone: string;

  @ApiProperty({ example: 'SW1A 1AA', description: 'Normalised to upper case with one space' })
  @Transform(({ value }) => (typeof value === 'string' ? (parsePostcode(value)?.normalised ?? value.trim()) : value))
  @IsString({ message: 'Enter your postcode' })
  @IsUkPostcode({ message: 'Enter a full UK postcode, like AA3 1AB' })
  readonly postcode: string;

  @ApiProperty({ enum: CONTACT_METHODS })
  @IsIn(CONTACT_METHODS, { message: 'Select how you would like us to contact you' })
  readonly preferredContactMethod: ContactMethod;

  @ApiProperty({ enum: CONTACT_TIMES })
  @IsIn(CONTACT_TIMES, { message: 'Select when is best to contact you' })
  readonly preferredContactTime: ContactTime;

  @ApiProperty({ minimum: adults.min, maximum: adults.max })
  @IsInt({ message: 'Enter the number of adults in your home as a whole number, like 2' })
  @Min(adults.min, { message: 'There must be at least 1 adult in your home' })
  @Max(adults.max, { message: `Number of adults must be ${adults.max} or fewer` })
  readonly adultsInHousehold: number;

  @ApiProperty({ minimum: children.min, maximum: children.max })
  @IsInt({ message: 'Enter the number of children in your home as a whole number, like 0' })
  @Min(children.min, { message: 'Number of children must be 0 or more' })
  @Max(children.max, { message: `Number of children must be ${children.max} or fewer` })
  readonly childrenInHousehold: number;

  @ApiProperty({ minimum: spareBedrooms.min, maximum: spareBedrooms.max })
  @IsInt({ message: 'Enter the number of spare bedrooms as a whole number, like 1' })
  @Min(spareBedrooms.min, { message: 'Number of spare bedrooms must be 0 or more' })
  @Max(spareBedrooms.max, { message: `Number of spare bedrooms must be ${spareBedrooms.max} or fewer` })
  readonly spareBedrooms: number;

  @ApiProperty({ enum: FOSTERING_INTERESTS, isArray: true, description: 'Empty if not sure yet' })
  @IsArray({ message: 'Select the children you might foster, or select not sure yet' })
  @ArrayMaxSize(FOSTERING_INTERESTS.length, { message: 'Select each type of fostering once' })
  @ArrayUnique({ message: 'Select each type of fostering once' })
  @IsIn(FOSTERING_INTERESTS, { each: true, message: 'Select the children you might foster from the list' })
  readonly interests: FosteringInterest[];

  @ApiProperty({ enum: HEARD_FROM })
  @IsIn(HEARD_FROM, { message: 'Select how you heard about fostering with us' })
  readonly heardFrom: HeardFrom;

  @ApiProperty({ enum: [true], description: 'Explicit consent to store these details' })
  @Equals(true, { message: 'Confirm that we can store your details to contact you about fostering' })
  readonly consentToStore: true;

  @ApiPropertyOptional({ type: EligibilityAnswersDto })
  @IsOptional() @ValidateNested() @Type(() => EligibilityAnswersDto)
  readonly eligibility?: EligibilityAnswersDto;
}
