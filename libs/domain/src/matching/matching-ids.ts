import type { Brand } from '../shared/brand';

/** A fostering household: the approved foster carer (or carers) and their home. */
export type HouseholdId = Brand<string, 'HouseholdId'>;
/** A request from a placing council to find a home for a child or a sibling group. */
export type ReferralId = Brand<string, 'ReferralId'>;
/** A looked-after child, whether referred now or already placed with a household. */
export type ChildId = Brand<string, 'ChildId'>;
/** Brothers and sisters share one sibling group id, so the usual fostering limit can tell siblings apart. */
export type SiblingGroupId = Brand<string, 'SiblingGroupId'>;
