import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError, parsePostcode, type FieldProblem } from '@app/domain';
import { AuditTrailRepository, HouseholdRepository, PostcodeLocationRepository, ReferralRepository, UnitOfWork } from '@app/persistence';
import type { CreateReferralRequestDto } from './create-referral.request.dto';
import { assertMayActFor } from './placing-council';

type Located = { postcode: string; latitude: number; longitude: number };

/** Records a referral for a child or sibling group: ages, needs and places, located from postcodes. */
@Injectable()
export class CreateReferralUseCase {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly households: HouseholdRepository,
    private readonly locations: PostcodeLocationRepository,
    private readonly audit: AuditTrailRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(staff: StaffPrincipal, request: CreateReferralRequestDto, clientIp: string | null): Promise<string> {
    assertMayActFor(staff, request.placingCouncilCode);
    const problems: FieldProblem[] = [];
    const home = await this.locate(request.familyHomePostcode, 'familyHomePostcode', problems);
    const school = request.schoolPostcode ? await this.locate(request.schoolPostcode, 'schoolPostcode', problems) : null;
    const zones: { latitude: number; longitude: number; radiusMiles: number }[] = [];
    for (const [i, zone] of request.exclusionZones.entries()) {
      const centre = await this.locate(zone.postcode, `exclusionZones.${i}.postcode`, problems);
      if (centre) zones.push({ latitude: centre.latitude, longitude: centre.longitude, radiusMiles: zone.radiusMiles });
    }
    const known = await this.households.byIds(request.connectedHouseholdIds);
    if (known.length !== new Set(request.connectedHouseholdIds).size) {
      problems.push({ field: 'connectedHouseholdIds', rule: 'exists', message: 'Every connected household must be a registered fostering household' });
    }
    if (problems.length > 0 || !home) throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', problems);
    return this.unitOfWork.run(async (em) => {
      const id = await this.referrals.insert(em, {
        placingCouncilCode: request.placingCouncilCode, familyHome: home, school, fosteringType: request.fosteringType,
        neededBy: request.neededBy ?? null, emergency: request.emergency, splitAllowed: request.splitAllowed, languages: request.languages,
        religion: request.religion ?? null, culturalBackground: request.culturalBackground ?? null, exclusionZones: zones,
        connectedHouseholdIds: request.connectedHouseholdIds, children: request.children, createdBy: staff.subject,
      });
      await this.audit.record({ actor: staff.subject, role: staff.role, action: 'create', entityType: 'referral', entityId: id, clientIp }, em);
      return id;
    });
  }

  private async locate(text: string, field: string, problems: FieldProblem[]): Promise<Located | null> {
    const postcode = parsePostcode(text)!;
    const found = await this.locations.locate(postcode.normalised, postcode.outward);
    if (!found) {
      problems.push({ field, rule: 'located', message: `${postcode.normalised} is not in the imported postcode directory` });
      return null;
    }
    return { postcode: postcode.normalised, latitude: found.latitude, longitude: found.longitude };
  }
}
