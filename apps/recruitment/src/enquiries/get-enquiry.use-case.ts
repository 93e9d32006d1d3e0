import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { AuditTrailRepository, EnquiryRepository } from '@app/persistence';
import { toEnquiryDetail, type EnquiryDetailResponse } from './enquiry.responses';
import { StaffServiceScope } from './staff-service-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One enquiry in full. Another service's enquiry is 404, so its existence is not revealed. */
@Injectable()
export class GetEnquiryUseCase {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly scope: StaffServiceScope,
    private readonly audit: AuditTrailRepository,
  ) {}

  async execute(staff: StaffPrincipal, id: string, clientIp: string | null = null): Promise<EnquiryDetailResponse> {
    const visibility = await this.scope.visibilityFor(staff);
    const serviceId = visibility.all ? null : visibility.serviceId;
    const found = UUID.test(id) && (visibility.all || serviceId) ? await this.enquiries.findForService(serviceId, id) : null;
    if (!found) throw new DomainError('ENQUIRY.NOT_FOUND', 'No enquiry with that id');
    // An applicant's personal details were read: who, when and from where goes on the audit trail.
    await this.audit.record({ actor: staff.subject, role: staff.role, action: 'read', entityType: 'applicant', entityId: found.id, clientIp });
    return toEnquiryDetail(found);
  }
}
