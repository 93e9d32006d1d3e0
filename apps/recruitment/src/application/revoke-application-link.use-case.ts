import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { ApplicationRepository, UnitOfWork } from '@app/persistence';
import { ApplicantAccess } from '../funnel/applicant-access';

/** Closes every application link of an applicant at once (a lost phone, a link sent to the wrong person). */
@Injectable()
export class RevokeApplicationLinkUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly applications: ApplicationRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string): Promise<void> {
    const applicant = await this.access.find(staff, id);
    await this.unitOfWork.run((em) => this.applications.revokeLinks(em, applicant.id));
  }
}
