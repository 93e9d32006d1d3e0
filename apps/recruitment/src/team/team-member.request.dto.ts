import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const PRINTABLE = /^[^\p{Cc}]+$/u;

/** A person joining a service's recruitment team, known by the subject of their sign-in token. */
export class AddTeamMemberRequestDto {
  @ApiProperty({ description: "The subject (sub) of the person's sign-in token", maxLength: 200, example: 'entra|3f2c9a' })
  @Transform(trim) @IsString({ message: 'subject must be text' }) @Length(1, 200, { message: 'subject must be 1 to 200 characters' })
  @Matches(PRINTABLE, { message: 'subject must not contain control characters' })
  readonly subject: string;

  @ApiProperty({ maxLength: 100, example: 'Priya Shah' })
  @Transform(trim) @IsString({ message: 'name must be text' }) @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(PRINTABLE, { message: 'name must not contain control characters' })
  readonly name: string;

  @ApiProperty({ description: 'Work address reminders go to (through GOV.UK Notify when it is configured)', maxLength: 254 })
  @Transform(trim) @IsString({ message: 'email must be text' }) @MaxLength(254, { message: 'email must be 254 characters or fewer' })
  @IsEmail({}, { message: 'email must be an email address, like name@example.gov.uk' })
  readonly email: string;

  @ApiPropertyOptional({ default: false, description: 'The team manager receives escalations; naming one steps down the previous manager' })
  @IsOptional() @IsBoolean({ message: 'manager must be true or false' })
  readonly manager?: boolean;
}

export class UpdateTeamMemberRequestDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional() @Transform(trim) @IsString({ message: 'name must be text' }) @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  @Matches(PRINTABLE, { message: 'name must not contain control characters' })
  readonly name?: string;

  @ApiPropertyOptional({ maxLength: 254 })
  @IsOptional() @Transform(trim) @IsString({ message: 'email must be text' }) @MaxLength(254, { message: 'email must be 254 characters or fewer' })
  @IsEmail({}, { message: 'email must be an email address, like name@example.gov.uk' })
  readonly email?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean({ message: 'manager must be true or false' })
  readonly manager?: boolean;

  @ApiPropertyOptional({ description: 'false when the person leaves the team: their applicants become unassigned' })
  @IsOptional() @IsBoolean({ message: 'active must be true or false' })
  readonly active?: boolean;
}

/** Who follows an applicant up. */
export class AssignApplicantRequestDto {
  @ApiProperty({ description: 'An active member of the applicant’s service’s team' })
  @IsString({ message: 'teamMemberId must be a team member id' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'teamMemberId must be a team member id' })
  readonly teamMemberId: string;
}
