import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { ApplicantAccess } from './applicant-access';
import { ApplicantView } from './applicant-view';
import type { ApplicantResponse } from './applicant.responses';

/** One applicant of the officer's own service, with what is due and their history. */
@Injectable()
export class GetApplicantUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly view: ApplicantView,
  ) {}

  async execute(staff: StaffPrincipal, id: string): Promise<ApplicantResponse> {
    return this.view.render(await this.access.find(staff, id));
  }
}
