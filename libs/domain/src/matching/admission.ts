import type { ChildId } from './matching-ids';
import type { OutsideTerm } from './terms-of-approval';

/** A household that may take the child, or (split allowed) some of a sibling group. */
export interface Admission {
  readonly eligible: true;
  /** The referred children this household would take: all of them unless the group is split. */
  readonly takesChildIds: readonly ChildId[];
  /** Terms an emergency placement would go beyond (reg 23); empty for a placement within the terms. */
  readonly outsideTerms: readonly OutsideTerm[];
}
