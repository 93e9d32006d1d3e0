import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { AuditTrailRepository, PersonalDataRepository, UnitOfWork, type PersonalDataExport } from '@app/persistence';
import { ApplicantAccess } from '../funnel/applicant-access';

/** UK GDPR rights for applicants: a copy of everything held (art. 15), and erasure where the law allows (art. 17). */
@Injectable()
export class DataProtectionUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly personalData: PersonalDataRepository,
    private readonly audit: AuditTrailRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async export(staff: StaffPrincipal, id: string, clientIp: string | null): Promise<PersonalDataExport> {
    const applicant = await this.access.find(staff, id);
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'applicant', entityId: applicant.id, clientIp });
    return this.personalData.export(applicant.id);
  }

  /**
   * A foster carer's records must be kept (Fostering Services (England) Regulations 2011, reg 32:
   * case records for at least 10 years), so an approved applicant is not erased.
   */
  async erase(staff: StaffPrincipal, id: string, clientIp: string | null): Promise<{ erased: true }> {
    const applicant = await this.access.find(staff, id);
    await this.unitOfWork.run(async (em) => {
      if (await this.personalData.hasHousehold(em, applicant.id)) {
        throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', "An approved foster carer's records must be kept: they cannot be erased");
      }
      await this.personalData.erase(em, applicant.id);
      await this.audit.record({ actor: staff.subject, role: staff.role, action: 'update', entityType: 'applicant', entityId: applicant.id, clientIp }, em);
    });
    return { erased: true };
  }
}
