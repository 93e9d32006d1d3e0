import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ApprovalTermsDto } from './move-applicant.request.dto';
import { IsCalendarDate } from '@app/web';

/** Temporary approval of a connected person for the named child or children (reg 24). */
export class GrantTemporaryApprovalRequestDto {
  @ApiProperty({ type: [String], description: 'The referred children (ids from the placing council\'s referral) this approval is for' })
  @IsArray() @ArrayMinSize(1, { message: 'Name at least one child' }) @ArrayMaxSize(8) @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each child must be a referred child id' })
  readonly childIds: string[];

  @ApiPropertyOptional({ example: '2026-11-23', description: 'First day of the approval (default today)' })
  @IsOptional() @IsCalendarDate({ message: 'from must be a date like 2026-11-23' })
  readonly from?: string;

  @ApiProperty({ type: ApprovalTermsDto })
  @IsObject({ message: 'terms must be an object with the terms of approval' }) @ValidateNested() @Type(() => ApprovalTermsDto)
  readonly terms: ApprovalTermsDto;
}
