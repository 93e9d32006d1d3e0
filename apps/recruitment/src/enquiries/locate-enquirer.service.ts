import { Injectable } from '@nestjs/common';
import {
  TRIAGE_SERVICE_CODE, parsePostcode, routeEnquiry, type CouncilCode, type PostcodeLocation, type RoutingDecision,
} from '@app/domain';
import { FosteringServiceRepository, type ServiceRef } from '@app/persistence';

const COUNTRIES: Record<string, 'england' | 'wales' | 'scotland'> = { E: 'england', W: 'wales', S: 'scotland' };

export interface EnquiryDestination {
  readonly service: ServiceRef;
  readonly decision: RoutingDecision;
  readonly outwardCode: string | null;
}

/** Finds where an enquirer lives and which fostering service should hear from them. */
@Injectable()
export class LocateEnquirerService {
  constructor(private readonly services: FosteringServiceRepository) {}

  async destinationFor(postcodeText: string): Promise<EnquiryDestination> {
    const postcode = parsePostcode(postcodeText);
    const facts = await this.services.routingFacts(postcode?.normalised ?? null, postcode?.outward ?? null, TRIAGE_SERVICE_CODE);
    const stored = facts.location;
    const location: PostcodeLocation = stored
      ? { found: true, councilCode: stored.councilCode as CouncilCode | null, country: COUNTRIES[stored.country] ?? 'other' }
      : { found: false };
    const routed = location.found && location.councilCode ? facts.routed : null;
    const table = new Map(routed && location.found && location.councilCode ? [[location.councilCode, routed.code]] : []);
    const decision = routeEnquiry(location, table);
    const service = decision.kind === 'service' && routed ? routed : triageService(facts.triage);
    return { service, decision, outwardCode: postcode?.outward ?? null };
  }
}

function triageService(triage: ServiceRef | null): ServiceRef {
  if (!triage) throw new Error('The triage fostering service is missing: run the migrations');
  return triage;
}
