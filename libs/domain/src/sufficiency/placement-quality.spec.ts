import { computeSufficiency } from './compute-sufficiency';
import { distanceBand } from './placement-quality';
import { placementQualityShares } from './placement-quality-shares';
import type { CooperativeId } from './sufficiency-areas';
import type { ChildInNeed, CurrentPlacement } from './sufficiency-inputs';
import { buildChildInNeed, buildGeography, buildPlacement, groupId, HARTLEPOOL, MIDDLESBROUGH, NORTH_EAST } from '@app/testing/sufficiency-builders';

const placed = (p: Partial<CurrentPlacement>, council = HARTLEPOOL): ChildInNeed => buildChildInNeed({ placingCouncilCode: council, placement: buildPlacement(p) });
const sharesFor = (children: ChildInNeed[]) => {
  const sut = computeSufficiency({ geography: buildGeography(), households: [], children });
  return {
    council: placementQualityShares(sut.councils.get(HARTLEPOOL)!.placementQuality),
    cooperative: placementQualityShares(sut.cooperatives.get(NORTH_EAST as string as CooperativeId)!.placementQuality),
  };
};

describe('distance bands (DfE: miles to one decimal place, "20 miles or less" vs "more than 20 miles")', () => {
  it.each([
    [0, '20-miles-or-less'], [20, '20-miles-or-less'], [20.04, '20-miles-or-less'],
    [20.05, 'over-20-miles'], [20.1, 'over-20-miles'], [null, 'not-known'], [Number.NaN, 'not-known'],
  ] as const)('puts %p miles in %s', (miles, band) => {
    expect(distanceBand(miles)).toBe(band);
  });
});

describe('placement-quality shares', () => {
  it('keeps unknown distances in the denominator, as the DfE does (its bands add up to 100%)', () => {
    const { council } = sharesFor([placed({ distanceMiles: 3 }), placed({ distanceMiles: 25 }), placed({ distanceMiles: null }), placed({ distanceMiles: 20 })]);
    expect([council.within20Miles, council.over20Miles, council.distanceNotKnown]).toEqual([0.5, 0.25, 0.25]);
    expect(council.within20MilesOfKnown).toBeCloseTo(2 / 3);
  });

  it('has no "of known" share when no distance is known, but still a DfE share of 0', () => {
    const { council } = sharesFor([placed({ distanceMiles: null })]);
    expect(council.within20MilesOfKnown).toBeNull();
    expect(council.within20Miles).toBe(0);
  });

  it('leaves children on open referrals out of every denominator', () => {
    const { council } = sharesFor([buildChildInNeed(), placed({ councilRelation: 'adjoining' })]);
    expect([council.insideCouncil, council.adjoiningCouncil, council.atADistance]).toEqual([0, 1, 0]);
  });

  it('splits outside the council into adjoining and at a distance', () => {
    const { council } = sharesFor([placed({ councilRelation: 'inside' }), placed({ councilRelation: 'adjoining' }), placed({ councilRelation: 'at-a-distance' }), placed({ councilRelation: 'at-a-distance' })]);
    expect([council.insideCouncil, council.adjoiningCouncil, council.atADistance]).toEqual([0.25, 0.25, 0.5]);
  });

  it('counts connected-person placements among all placed children', () => {
    const { council } = sharesFor([placed({ connectedPerson: true }), placed({}), placed({}), placed({})]);
    expect(council.connectedPerson).toBe(0.25);
  });

  it('has no share at all (null, not 0) where nobody is placed', () => {
    const { council } = sharesFor([buildChildInNeed()]);
    expect(council).toMatchObject({ within20Miles: null, insideCouncil: null, connectedPerson: null, siblingGroupsTogether: null });
  });

  it('counts children with siblings in care apart from children with none, and sibling groups apart from children', () => {
    const { council } = sharesFor([
      placed({ siblings: { groupId: groupId('G1'), livingWithAll: true } }), placed({ siblings: { groupId: groupId('G1'), livingWithAll: true } }),
      placed({ siblings: { groupId: groupId('G2'), livingWithAll: true } }), placed({ siblings: { groupId: groupId('G2'), livingWithAll: false } }),
      placed({ siblings: { groupId: groupId('G2'), livingWithAll: false } }), placed({}),
    ]);
    expect(council.childrenLivingWithAllSiblings).toBe(3 / 5);
    expect(council.siblingGroupsTogether).toBe(1 / 2);
  });

  it('counts a sibling group looked after by two councils once in the cooperative holding both', () => {
    const { council, cooperative } = sharesFor([
      placed({ siblings: { groupId: groupId('G1'), livingWithAll: false } }, HARTLEPOOL),
      placed({ siblings: { groupId: groupId('G1'), livingWithAll: false } }, MIDDLESBROUGH),
      placed({ siblings: { groupId: groupId('G2'), livingWithAll: true } }, MIDDLESBROUGH),
      placed({ siblings: { groupId: groupId('G2'), livingWithAll: true } }, MIDDLESBROUGH),
    ]);
    expect(council.siblingGroupsTogether).toBe(0);
    expect(cooperative.siblingGroupsTogether).toBe(1 / 2);
  });
});
