import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse,
  ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import type { CooperativeResponse } from './cooperative-response';
import { DefineCooperativeRequestDto, RedefineCooperativeRequestDto } from './cooperative.request.dto';
import { DefineCooperativeUseCase } from './define-cooperative.use-case';
import { GetCooperativeUseCase } from './get-cooperative.use-case';
import { ListCooperativesUseCase } from './list-cooperatives.use-case';
import { RedefineCooperativeUseCase } from './redefine-cooperative.use-case';
import { RemoveCooperativeUseCase } from './remove-cooperative.use-case';

/** Regional care cooperatives an administrator for England defines: a code, a name, its councils. */
@ApiTags('sufficiency')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: admins for England only' })
@Controller('api/v1/cooperatives')
@UseGuards(StaffAuthGuard)
@AllowRoles('admin')
export class CooperativesController {
  constructor(
    private readonly listing: ListCooperativesUseCase,
    private readonly getting: GetCooperativeUseCase,
    private readonly defining: DefineCooperativeUseCase,
    private readonly redefining: RedefineCooperativeUseCase,
    private readonly removing: RemoveCooperativeUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Every defined cooperative with its councils (the default ones follow the ONS regions)' })
  list(@CurrentStaff() staff: StaffPrincipal): Promise<CooperativeResponse[]> {
    return this.listing.execute(staff);
  }

  @Get(':id')
  @ApiNotFoundResponse({ description: 'COOPERATIVE.NOT_FOUND' })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<CooperativeResponse> {
    return this.getting.execute(staff, id);
  }

  @Post()
  @ApiCreatedResponse({ description: 'The cooperative as stored' })
  @ApiConflictResponse({ description: 'COOPERATIVE.ALREADY_EXISTS, COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE' })
  @ApiUnprocessableEntityResponse({ description: 'COOPERATIVE.UNKNOWN_COUNCIL' })
  define(@CurrentStaff() staff: StaffPrincipal, @Body() body: DefineCooperativeRequestDto): Promise<CooperativeResponse> {
    return this.defining.execute(staff, body);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'The cooperative as now stored' })
  @ApiNotFoundResponse({ description: 'COOPERATIVE.NOT_FOUND' })
  @ApiConflictResponse({ description: 'COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE' })
  @ApiUnprocessableEntityResponse({ description: 'COOPERATIVE.UNKNOWN_COUNCIL' })
  redefine(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Body() body: RedefineCooperativeRequestDto): Promise<CooperativeResponse> {
    return this.redefining.execute(staff, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'COOPERATIVE.NOT_FOUND' })
  remove(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<void> {
    return this.removing.execute(staff, id);
  }
}
