import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { isCooperativeCode } from '@app/domain';
import { CooperativeRepository, UnitOfWork } from '@app/persistence';
import { assertNationalAdmin, cooperativeNotFound } from './cooperative-response';

/**
 * Removes a defined cooperative: its analysts then see nothing (404). Its past snapshots stay as
 * published; defining the same code again continues its trend.
 */
@Injectable()
export class RemoveCooperativeUseCase {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(staff: StaffPrincipal, id: string): Promise<void> {
    assertNationalAdmin(staff);
    if (!isCooperativeCode(id)) throw cooperativeNotFound();
    const removed = await this.unitOfWork.run((em) => this.cooperatives.delete(em, id));
    if (!removed) throw cooperativeNotFound();
  }
}
