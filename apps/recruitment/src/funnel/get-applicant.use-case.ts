import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { AuditTrailRepository } from '@app/persistence';
import { ApplicantAccess } from './applicant-access';
import { ApplicantView } from './applicant-view';
import type { ApplicantResponse } from './applicant.responses';

/** One applicant of the officer's own service, with what is due and their history. */
@Injectable()
export class GetApplicantUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly view: ApplicantView,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, clientIp: string | null = null): Promise<ApplicantResponse> {
    const applicant = await this.access.find(staff, id);
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'applicant', entityId: applicant.id, clientIp });
    return this.view.render(applicant);
  }
}
