import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { EnquiryRepository, type EnquiryEntity } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whose applicants a person may touch; anyone else's are "not found", so their existence stays hidden. */
@Injectable()
export class ApplicantAccess {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly enquiries: EnquiryRepository,
  ) {}

  /** The service to filter by (null: every service, for national admins); 404 when the id cannot be theirs. */
  async serviceFilterFor(staff: StaffPrincipal, id?: string): Promise<string | null> {
    const visibility = await this.scope.visibilityFor(staff);
    if (visibility.all) {
      if (id !== undefined && !UUID.test(id)) throw notFound();
      return null;
    }
    if (visibility.serviceId === null || (id !== undefined && !UUID.test(id))) throw notFound();
    return visibility.serviceId;
  }

  async find(staff: StaffPrincipal, id: string): Promise<EnquiryEntity> {
    const found = await this.enquiries.findForService(await this.serviceFilterFor(staff, id), id);
    if (!found) throw notFound();
    return found;
  }
}

export function notFound(): DomainError {
  return new DomainError('APPLICANT.NOT_FOUND', 'No applicant with that id');
}
