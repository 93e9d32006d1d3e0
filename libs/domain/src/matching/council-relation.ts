import type { CouncilCode } from '../shared/brand';
import type { PreparedReferral } from './prepare-referral';

/**
 * Where a home lies relative to the placing council. Outside it needs a senior officer's
 * approval; "at a distance" (outside it and not in an adjoining council) needs the Director
 * of Children's Services (Care Planning, Placement and Case Review (England) Regulations 2010).
 */
export const COUNCIL_RELATIONS = ['inside', 'adjoining', 'at-a-distance'] as const;
export type CouncilRelation = (typeof COUNCIL_RELATIONS)[number];

/** Who must approve a placement before it is made, because of where the home is. */
export const PLACEMENT_APPROVALS = ['none', 'senior-officer', 'director-of-childrens-services'] as const;
export type PlacementApproval = (typeof PLACEMENT_APPROVALS)[number];

/** Whether a home's council is the placing council, adjoins it, or neither. */
export function councilRelation(prepared: PreparedReferral, councilCode: CouncilCode): CouncilRelation {
  if (councilCode === prepared.referral.placingCouncilCode) return 'inside';
  return prepared.context.adjoiningCouncils.has(councilCode) ? 'adjoining' : 'at-a-distance';
}

/** The approval a placement needs because of where the home is. */
export function approvalNeeded(relation: CouncilRelation): PlacementApproval {
  if (relation === 'inside') return 'none';
  return relation === 'adjoining' ? 'senior-officer' : 'director-of-childrens-services';
}

/** A council's name for people to read, or its code when the name is not known. */
export function councilName(prepared: PreparedReferral, code: CouncilCode): string {
  return prepared.context.councilNames?.get(code) ?? code;
}
