import {
  defaultCooperatives, type ChildId, type ChildInNeed, type CouncilCode, type CurrentPlacement, type HouseholdId, type PipelineHousehold,
  type RegionCode, type SiblingGroupId, type SufficiencyGeography, type SupplyHousehold,
} from '@app/domain';

/**
 * In-memory inputs for the sufficiency arithmetic's specs (no I/O): one sensible default, changed
 * field by field. Kept with the other test helpers, not in libs/domain, which holds rules only.
 */
export const HARTLEPOOL = 'E06000001' as CouncilCode;
export const MIDDLESBROUGH = 'E06000002' as CouncilCode;
export const LEEDS = 'E08000035' as CouncilCode;
export const NORTH_EAST = 'E12000001' as RegionCode;
export const YORKSHIRE = 'E12000003' as RegionCode;

/** Two North East councils (one cooperative) and Leeds (another). */
export function buildGeography(): SufficiencyGeography {
  const councils = [
    { code: HARTLEPOOL, regionCode: NORTH_EAST },
    { code: MIDDLESBROUGH, regionCode: NORTH_EAST },
    { code: LEEDS, regionCode: YORKSHIRE },
  ];
  return { councils, cooperatives: defaultCooperatives(councils) };
}

/** A mainstream in-house household in Hartlepool: 2 places, 1 filled, short-term, £500 a week. */
export function buildSupplyHousehold(overrides: Partial<SupplyHousehold> = {}): SupplyHousehold {
  return {
    id: 'H1' as HouseholdId, councilCode: HARTLEPOOL, serviceKind: 'in-house', approvalKind: 'mainstream', onHold: false,
    shortageCategories: [], fosteringTypes: ['short-term'], places: 2, filledPlaces: 1, weeklyCostPounds: 500, ...overrides,
  };
}

/** Placed inside the council, 5 miles from home, with a foster carer who is not a connected person. */
export function buildPlacement(overrides: Partial<CurrentPlacement> = {}): CurrentPlacement {
  return { distanceMiles: 5, councilRelation: 'inside', connectedPerson: false, siblings: null, ...overrides };
}

/** A Hartlepool child needing short-term fostering, waiting on an open referral. */
export function buildChildInNeed(overrides: Partial<ChildInNeed> = {}): ChildInNeed {
  return { id: 'C1' as ChildId, placingCouncilCode: HARTLEPOOL, shortageCategories: [], fosteringType: 'short-term', placement: null, ...overrides };
}

/** Sibling group id from a plain string. */
export const groupId = (id: string) => id as SiblingGroupId;

/** A Hartlepool household at stage 2, open to teenagers, expecting 1 place. */
export function buildPipelineHousehold(overrides: Partial<PipelineHousehold> = {}): PipelineHousehold {
  return { councilCode: HARTLEPOOL, stage: 'stage-2', openTo: ['teenagers'], expectedPlaces: 1, ...overrides };
}
