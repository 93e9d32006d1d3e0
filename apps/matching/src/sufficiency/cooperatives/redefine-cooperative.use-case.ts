import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { isCooperativeCode, type CooperativeDefinition } from '@app/domain';
import { CooperativeRepository, UnitOfWork } from '@app/persistence';
import { CooperativeDefinitionCheck, errorForConflict } from './cooperative-definition.check';
import { assertNationalAdmin, cooperativeNotFound, toCooperativeResponse, type CooperativeResponse } from './cooperative-response';
import type { RedefineCooperativeRequestDto } from './cooperative.request.dto';

/**
 * Renames a cooperative or changes its councils. Who sees what follows at once (scope is checked
 * against the current definition); the dashboard recomputes when its snapshot has other councils.
 * Past snapshots keep the figures as they were published.
 */
@Injectable()
export class RedefineCooperativeUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly check: CooperativeDefinitionCheck,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(staff: StaffPrincipal, id: string, request: RedefineCooperativeRequestDto): Promise<CooperativeResponse> {
    assertNationalAdmin(staff);
    if (!isCooperativeCode(id) || !(await this.cooperatives.find(id))) throw cooperativeNotFound();
    const councilNames = await this.check.assertValid({ id, ...request } as unknown as CooperativeDefinition);
    await this.unitOfWork.run(async (em) => {
      const outcome = await this.cooperatives.replace(em, { id, ...request, updatedBy: staff.subject });
      if (outcome === false) throw cooperativeNotFound();
      if (outcome !== true) throw errorForConflict(outcome);
    });
    return toCooperativeResponse((await this.cooperatives.find(id))!, councilNames);
  }
}
