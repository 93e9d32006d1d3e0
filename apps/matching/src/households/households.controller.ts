import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { RegisterHouseholdRequestDto } from './register-household.request.dto';
import { RegisterHouseholdUseCase } from './register-household.use-case';

@ApiTags('households')
@ApiBearerAuth('staff')
@Controller('api/v1/households')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class HouseholdsController {
  constructor(private readonly register: RegisterHouseholdUseCase) {}

  @Post()
  @ApiCreatedResponse({ description: '{ id }; registering the same externalRef again updates that household' })
  async create(@CurrentStaff() staff: StaffPrincipal, @Body() body: RegisterHouseholdRequestDto): Promise<{ id: string }> {
    return { id: await this.register.execute(staff, body) };
  }
}
