import { Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import type { PlacementRecord } from '@app/persistence';
import { BookPlacementRequestDto, EndPlacementRequestDto } from './book-placement.request.dto';
import { BookPlacementUseCase } from './book-placement.use-case';
import { EndPlacementUseCase } from './end-placement.use-case';

@ApiTags('placements')
@ApiBearerAuth('staff')
@Controller('api/v1/placements')
@UseGuards(StaffAuthGuard)
@AllowRoles('placement-officer', 'admin')
export class PlacementsController {
  constructor(
    private readonly book: BookPlacementUseCase,
    private readonly end: EndPlacementUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'One placement per child placed, with SSDA903 placement and provider types' })
  @ApiConflictResponse({ description: 'PLACEMENT.NO_LONGER_FITS (with the reason) or REFERRAL.NOT_OPEN' })
  async create(@CurrentStaff() staff: StaffPrincipal, @Body() body: BookPlacementRequestDto, @Req() request: FastifyRequest): Promise<{ placements: PlacementRecord[] }> {
    return { placements: await this.book.execute(staff, body, request.ip ?? null) };
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The ended placement; the place is free at once' })
  finish(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: EndPlacementRequestDto, @Req() request: FastifyRequest): Promise<PlacementRecord> {
    return this.end.execute(staff, id, body.reason, request.ip ?? null);
  }
}
