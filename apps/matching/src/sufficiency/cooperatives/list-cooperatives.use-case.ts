import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { CooperativeRepository, SufficiencyRepository } from '@app/persistence';
import { assertNationalAdmin, toCooperativeResponse, type CooperativeResponse } from './cooperative-response';

/** The cooperatives administrators defined (the default ones follow the ONS regions and are not listed). */
@Injectable()
export class ListCooperativesUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly sufficiency: SufficiencyRepository,
  ) {}

  async execute(staff: StaffPrincipal): Promise<CooperativeResponse[]> {
    assertNationalAdmin(staff);
    const { councilNames } = await this.sufficiency.loadGeography();
    return (await this.cooperatives.list()).map((c) => toCooperativeResponse(c, councilNames));
  }

}
