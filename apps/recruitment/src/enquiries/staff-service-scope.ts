import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { councilServiceCode, DomainError } from '@app/domain';
import { FosteringServiceRepository } from '@app/persistence';

/** Whose enquiries a person may see: all (null), one service's, or none at all. */
export type ServiceVisibility = { readonly all: true } | { readonly all: false; readonly serviceId: string | null };

const SERVICE_CODE = /^[A-Z0-9-]{2,40}$/;

@Injectable()
export class StaffServiceScope {
  constructor(private readonly services: FosteringServiceRepository) {}

  async visibilityFor(staff: StaffPrincipal): Promise<ServiceVisibility> {
    const { scope } = staff;
    if (staff.role === 'admin' && scope.kind === 'england') return { all: true };
    const code = scope.kind === 'service' ? scope.code : scope.kind === 'council' ? councilServiceCode(scope.code) : null;
    const service = code ? await this.services.findByCode(code) : null;
    return { all: false, serviceId: service?.id ?? null };
  }

  /** A service named in a path, if it is the person's own (or they are a national admin); any other is "not found", so whether it exists is not revealed either. */
  async visibleServiceId(staff: StaffPrincipal, code: string): Promise<string> {
    const service = SERVICE_CODE.test(code) ? await this.services.findByCode(code) : null;
    const visibility = await this.visibilityFor(staff);
    if (!service || (!visibility.all && visibility.serviceId !== service.id)) {
      throw new DomainError('SERVICE.NOT_FOUND', 'No fostering service with that code');
    }
    return service.id;
  }
}
