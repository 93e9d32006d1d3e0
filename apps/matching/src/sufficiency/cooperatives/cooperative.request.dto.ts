import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { COOPERATIVE_CODE_MAX_LENGTH, COOPERATIVE_CODE_PATTERN, MIN_COOPERATIVE_COUNCILS } from '@app/domain';

const COUNCIL = /^E(06|08|09|10)\d{6}$/;

/** A regional care cooperative as an administrator defines it: a code, a name and its councils. */
export class DefineCooperativeRequestDto {
  @ApiProperty({ example: 'RCC-TEES-VALLEY', description: 'RCC- then capitals and digits in hyphenated words; at most 40 characters' })
  @IsString() @MaxLength(COOPERATIVE_CODE_MAX_LENGTH, { message: `id must be at most ${COOPERATIVE_CODE_MAX_LENGTH} characters` })
  @Matches(COOPERATIVE_CODE_PATTERN, { message: 'id must be RCC- then capital letters and digits in hyphenated words, like RCC-TEES-VALLEY' })
  readonly id: string;

  @ApiProperty({ example: 'Tees Valley Regional Care Cooperative' })
  @IsString() @MinLength(1, { message: 'Enter a name' }) @MaxLength(120, { message: 'name must be at most 120 characters' })
  readonly name: string;

  @ApiProperty({ type: [String], example: ['E06000001', 'E06000002'], description: 'GSS codes of its councils; each council in at most one defined cooperative' })
  @IsArray() @ArrayMinSize(MIN_COOPERATIVE_COUNCILS, { message: `Give at least ${MIN_COOPERATIVE_COUNCILS} councils` }) @ArrayMaxSize(153) @ArrayUnique({ message: 'Give each council once' })
  @Matches(COUNCIL, { each: true, message: 'each council must be a GSS code of a council with children\'s services, like E06000001' })
  readonly councilCodes: string[];
}

/** Replacing a cooperative: its code is in the path. */
export class RedefineCooperativeRequestDto extends OmitType(DefineCooperativeRequestDto, ['id'] as const) {}
