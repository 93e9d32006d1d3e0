import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { isCooperativeCode } from '@app/domain';
import { CooperativeRepository, SufficiencyRepository } from '@app/persistence';
import { assertNationalAdmin, cooperativeNotFound, toCooperativeResponse, type CooperativeResponse } from './cooperative-response';

/** One defined cooperative and its councils, or 404. */
@Injectable()
export class GetCooperativeUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly sufficiency: SufficiencyRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string): Promise<CooperativeResponse> {
    assertNationalAdmin(staff);
    const found = isCooperativeCode(id) ? await this.cooperatives.find(id) : null;
    if (!found) throw cooperativeNotFound();
    return toCooperativeResponse(found, (await this.sufficiency.loadGeography()).councilNames);
  }
}
