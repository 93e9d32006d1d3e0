import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { EnquiryDetailResponse, EnquiryPageResponse } from './enquiry.responses';
import { GetEnquiryUseCase } from './get-enquiry.use-case';
import { ListEnquiriesQueryDto } from './list-enquiries.query.dto';
import { ListEnquiriesUseCase } from './list-enquiries.use-case';

@ApiTags('enquiries (staff)')
@ApiBearerAuth('staff')
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN' })
@Controller('api/v1/enquiries')
@UseGuards(StaffAuthGuard)
@AllowRoles('recruitment-officer', 'admin')
export class StaffEnquiriesController {
  constructor(
    private readonly listEnquiries: ListEnquiriesUseCase,
    private readonly getEnquiry: GetEnquiryUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: EnquiryPageResponse })
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListEnquiriesQueryDto): Promise<EnquiryPageResponse> {
    return this.listEnquiries.execute(staff, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: EnquiryDetailResponse })
  @ApiNotFoundResponse({ description: 'ENQUIRY.NOT_FOUND, also for another service\'s enquiry' })
  get(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string, @Req() request: FastifyRequest): Promise<EnquiryDetailResponse> {
    return this.getEnquiry.execute(staff, id, request.ip ?? null);
  }
}
