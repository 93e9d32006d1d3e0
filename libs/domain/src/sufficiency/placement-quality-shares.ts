import { placedAt, placedIn, type PlacementQualityCounts } from './placement-quality';

/**
 * Placement quality as unrounded shares (0..1), null where the denominator is 0. DfE percentages
 * for distance and locality are of ALL children looked after at 31 March, with "not known or not
 * recorded" as a band of its own (2025: 56,670 of 81,770 within 20 miles = 69%; 18,120 = 22%;
 * 6,990 = 9%; they add to 100). `within20MilesOfKnown` leaves unknown distances out of the
 * denominator: it is not a DfE figure and must not be compared with one.
 */
export interface PlacementQualityShares {
  readonly within20Miles: number | null;
  readonly over20Miles: number | null;
  readonly distanceNotKnown: number | null;
  readonly within20MilesOfKnown: number | null;
  readonly insideCouncil: number | null;
  readonly adjoiningCouncil: number | null;
  /** Outside the council and not in an adjoining one: needs the Director of Children's Services. */
  readonly atADistance: number | null;
  /** Of children placed in foster care: with a connected person (U1–U3). */
  readonly connectedPerson: number | null;
  /** Of children with a brother or sister in care: living with all of them. */
  readonly childrenLivingWithAllSiblings: number | null;
  /** Of sibling groups with a placed child: every placed member living together. */
  readonly siblingGroupsTogether: number | null;
}

/** The shares, computed from unrounded counts as the DfE does. */
export function placementQualityShares(c: PlacementQualityCounts): PlacementQualityShares {
  const placed = c.placedChildren;
  const within = placedAt(c, '20-miles-or-less');
  const over = placedAt(c, 'over-20-miles');
  return {
    within20Miles: share(within, placed),
    over20Miles: share(over, placed),
    distanceNotKnown: share(placedAt(c, 'not-known'), placed),
    within20MilesOfKnown: share(within, within + over),
    insideCouncil: share(placedIn(c, 'inside'), placed),
    adjoiningCouncil: share(placedIn(c, 'adjoining'), placed),
    atADistance: share(placedIn(c, 'at-a-distance'), placed),
    connectedPerson: share(c.connectedPerson, placed),
    childrenLivingWithAllSiblings: share(c.childrenWithSiblings.together, c.childrenWithSiblings.together + c.childrenWithSiblings.apart),
    siblingGroupsTogether: share(c.siblingGroups.together, c.siblingGroups.together + c.siblingGroups.apart),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
