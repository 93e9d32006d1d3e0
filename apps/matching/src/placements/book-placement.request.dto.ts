import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '@app/web';

export class BookPlacementRequestDto {
  @ApiProperty() @IsUUID('all', { message: 'referralId must be a referral id' }) readonly referralId: string;
  @ApiProperty() @IsUUID('all', { message: 'householdId must be a household id' }) readonly householdId: string;

  @ApiPropertyOptional({ type: [String], description: 'Only when the sibling group may be split: the children this home takes (default: all not yet placed)' })
  @IsOptional() @IsArray() @ArrayMinSize(1, { message: 'Give at least one child' }) @ArrayMaxSize(8) @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each child must be a child id from the referral' })
  readonly childIds?: string[];

  @ApiPropertyOptional({ description: 'The carer is also an approved adopter (fostering for adoption): SSDA903 U2/U5' })
  @IsOmittable() @IsBoolean({ message: 'fosteringForAdoption must be true or false' })
  readonly fosteringForAdoption: boolean = false;
}

export class EndPlacementRequestDto {
  @ApiProperty({ example: 'Returned home', maxLength: 200 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Give the reason the placement ended' }) @MinLength(1, { message: 'Give the reason the placement ended' })
  @MaxLength(200, { message: 'reason must be 200 characters or fewer' })
  readonly reason: string;
}
