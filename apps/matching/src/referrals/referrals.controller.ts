import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { MatchSearchQueryDto } from '../search/match-search.query.dto';
import { MatchSearchUseCase, type MatchSearchPage } from '../search/match-search.use-case';
import { CreateReferralRequestDto } from './create-referral.request.dto';
import { CreateReferralUseCase } from './create-referral.use-case';
import { GetReferralUseCase } from './get-referral.use-case';
import type { ReferralResponse } from './referral.responses';

@ApiTags('referrals and match search')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1/referrals')
@UseGuards(StaffAuthGuard)
@AllowRoles('placement-officer', 'admin')
export class ReferralsController {
  constructor(
    private readonly createReferral: CreateReferralUseCase,
    private readonly getReferral: GetReferralUseCase,
    private readonly search: MatchSearchUseCase,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: '{ id } of the new referral' })
  async create(@CurrentStaff() staff: StaffPrincipal, @Body() body: CreateReferralRequestDto, @Req() request: FastifyRequest): Promise<{ id: string }> {
    return { id: await this.createReferral.execute(staff, body, request.ip ?? null) };
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The referral; the read is audited' })
  @ApiNotFoundResponse({ description: "REFERRAL.NOT_FOUND, also for another council's referral" })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Req() request: FastifyRequest): Promise<ReferralResponse> {
    return this.getReferral.execute(staff, id, request.ip ?? null);
  }

  @Post(':id/match-search')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'A ranked, explained page of homes that can lawfully take the child; connected persons first. `excluded` counts, by reason, '
      + 'the households within the searched radius that the rules left out; outside emergencies, homes whose terms of approval cannot cover '
      + 'the fostering type or the children\'s ages, or with too few free places, are ruled out before the rules and are in neither count',
  })
  match(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Query() query: MatchSearchQueryDto, @Req() request: FastifyRequest): Promise<MatchSearchPage> {
    return this.search.execute(staff, id, query.page ?? 1, query.pageSize ?? 20, request.ip ?? null);
  }
}
