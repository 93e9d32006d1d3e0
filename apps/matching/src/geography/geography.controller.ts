import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LookupPostcodeUseCase, type PostcodeLookupResponse } from './lookup-postcode.use-case';
import { ListCouncilsUseCase, type CouncilResponse, type RegionResponse } from './list-councils.use-case';
import { PublicRoute } from '@app/auth';

/** Reference geography: public facts (ONS codes and names), no personal data. */
@ApiTags('geography')
@PublicRoute('reference geography: published ONS codes and postcode locations, no personal data')
@Controller('api/v1')
export class GeographyController {
  constructor(
    private readonly councils: ListCouncilsUseCase,
    private readonly lookup: LookupPostcodeUseCase,
  ) {}

  @Get('regions')
  @ApiOkResponse({ description: 'The 9 English regions' })
  regions(): Promise<RegionResponse[]> {
    return this.councils.regions();
  }

  @Get('councils')
  @ApiQuery({ name: 'region', required: false, description: 'E12 region code' })
  @ApiOkResponse({ description: 'Councils with children\'s services' })
  list(@Query('region') region?: string): Promise<CouncilResponse[]> {
    return this.councils.councils(region);
  }

  @Get('councils/:code')
  @ApiNotFoundResponse({ description: 'GEO.COUNCIL_NOT_FOUND' })
  council(@Param('code') code: string): Promise<CouncilResponse> {
    return this.councils.council(code);
  }

  @Get('postcodes/:postcode')
  @ApiNotFoundResponse({ description: 'GEO.POSTCODE_NOT_FOUND, or GEO.NO_DIRECTORY_IMPORTED with how to import one' })
  postcode(@Param('postcode') postcode: string): Promise<PostcodeLookupResponse> {
    return this.lookup.execute(postcode);
  }
}
