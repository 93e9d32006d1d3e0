import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@app/domain';
import { CouncilRepository, HouseholdRepository, PostcodeLocationRepository, type EnquiryEntity } from '@app/persistence';
import type { ApprovalTermsDto } from './move-applicant.request.dto';

/** Where an approved household lives, worked out before the approval's transaction starts. */
export interface HomePlace {
  readonly councilCode: string;
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * Approval makes the applicant a fostering household that the match search offers, with its
 * terms of approval, at its home (the postcode's location, else its council's centre).
 */
@Injectable()
export class ApprovedHouseholdService {
  constructor(
    private readonly households: HouseholdRepository,
    private readonly locations: PostcodeLocationRepository,
    private readonly councils: CouncilRepository,
  ) {}

  async placeOf(e: EnquiryEntity): Promise<HomePlace> {
    const found = await this.locations.locate(e.postcode, e.outwardCode ?? e.postcode.split(' ')[0]);
    const councilCode = e.councilCode ?? found?.councilCode ?? null;
    const council = councilCode ? await this.councils.findCouncil(councilCode) : null;
    if (!council) {
      throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', 'The applicant’s home is not in an English council’s area: correct their postcode before approving');
    }
    return found ? { councilCode: council.code, latitude: found.latitude, longitude: found.longitude } : { councilCode: council.code, latitude: council.latitude, longitude: council.longitude };
  }

  create(em: EntityManager, e: EnquiryEntity, place: HomePlace, terms: ApprovalTermsDto): Promise<string> {
    if (terms.minAge > terms.maxAge) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field: 'approval.minAge', rule: 'range', message: 'minAge must not be above maxAge' }]);
    }
    return this.households.upsert({
      serviceId: e.serviceId, externalRef: `funnel-${e.id}`, enquiryId: e.id, councilCode: place.councilCode, postcode: e.postcode,
      latitude: place.latitude, longitude: place.longitude, approvalStatus: 'approved', temporaryUntil: null,
      terms: { minAge: terms.minAge, maxAge: terms.maxAge, maxChildren: terms.maxChildren, fosteringTypes: terms.fosteringTypes },
      shortageCategories: terms.shortageCategories, experiencedWithNeeds: [], accessibility: [], languages: [], religion: null,
      culturalBackgrounds: [], pets: [], ownChildrenAges: [], yearsFostering: 0, weeklyCostPounds: terms.weeklyCostPounds,
    }, em);
  }
}
