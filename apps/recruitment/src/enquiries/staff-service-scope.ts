import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { councilServiceCode } from '@app/domain';
import { FosteringServiceRepository } from '@app/persistence';

/** Whose enquiries a person may see: all (null), one service's, or none at all. */
export type ServiceVisibility = { readonly all: true } | { readonly all: false; readonly serviceId: string | null };

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
}
