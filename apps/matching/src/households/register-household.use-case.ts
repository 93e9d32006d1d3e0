import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, parsePostcode } from '@app/domain';
import { FosteringServiceRepository, HouseholdRepository, PostcodeLocationRepository } from '@app/persistence';
import type { RegisterHouseholdRequestDto } from './register-household.request.dto';

const invalid = (field: string, rule: string, message: string) =>
  new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field, rule, message }]);

/** Registers (or, by external reference, updates) a household of the person's own fostering service. */
@Injectable()
export class RegisterHouseholdUseCase {
  constructor(
    private readonly households: HouseholdRepository,
    private readonly services: FosteringServiceRepository,
    private readonly locations: PostcodeLocationRepository,
  ) {}

  async execute(staff: StaffPrincipal, request: RegisterHouseholdRequestDto): Promise<string> {
    const mayRegister = staff.role === 'admin' ? staff.scope.kind === 'england' : staff.scope.kind === 'service' && staff.scope.code === request.serviceCode;
    if (!mayRegister) throw new DomainError('AUTH.FORBIDDEN', 'You can only register households of your own fostering service');
    const service = await this.services.findByCode(request.serviceCode);
    if (!service) throw invalid('serviceCode', 'exists', 'No fostering service has that code');
    if (request.terms.minAge > request.terms.maxAge) throw invalid('terms.minAge', 'range', 'minAge must not be above maxAge');
    if ((request.approvalStatus === 'temporarily-approved') !== Boolean(request.temporaryUntil)) {
      throw invalid('temporaryUntil', 'temporaryApproval', 'Give temporaryUntil for, and only for, a temporary approval');
    }
    const postcode = parsePostcode(request.postcode)!;
    const place = await this.locations.locate(postcode.normalised, postcode.outward);
    if (!place?.councilCode) throw invalid('postcode', 'located', `${postcode.normalised} is not an English postcode in the imported directory`);
    return this.households.upsert({
      ...request, serviceId: service.id, postcode: postcode.normalised, councilCode: place.councilCode,
      latitude: place.latitude, longitude: place.longitude, temporaryUntil: request.temporaryUntil ?? null,
      externalRef: request.externalRef ?? null, religion: request.religion ?? null,
    });
  }
}
