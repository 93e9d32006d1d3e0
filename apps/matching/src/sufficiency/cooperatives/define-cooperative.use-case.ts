import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, type CooperativeDefinition } from '@app/domain';
import { CooperativeRepository, UnitOfWork } from '@app/persistence';
import { CooperativeDefinitionCheck, errorForConflict } from './cooperative-definition.check';
import { assertNationalAdmin, toCooperativeResponse, type CooperativeResponse } from './cooperative-response';
import type { DefineCooperativeRequestDto } from './cooperative.request.dto';

/**
 * Defines a new regional care cooperative. Its figures appear at once: the dashboard finds it
 * missing from the latest snapshot and takes a new one. Analysts reach it with the scope
 * cooperative:<its code>.
 */
@Injectable()
export class DefineCooperativeUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly check: CooperativeDefinitionCheck,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(staff: StaffPrincipal, request: DefineCooperativeRequestDto): Promise<CooperativeResponse> {
    assertNationalAdmin(staff);
    if (await this.cooperatives.find(request.id)) throw new DomainError('COOPERATIVE.ALREADY_EXISTS', 'A cooperative with that code already exists');
    const councilNames = await this.check.assertValid(request as unknown as CooperativeDefinition);
    await this.unitOfWork.run(async (em) => {
      const conflict = await this.cooperatives.insert(em, { ...request, updatedBy: staff.subject });
      if (conflict) throw errorForConflict(conflict);
    });
    return toCooperativeResponse((await this.cooperatives.find(request.id))!, councilNames);
  }
}
