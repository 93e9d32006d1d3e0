import type { CouncilCode } from '../shared/brand';
import type { PublicationLevel } from './disclosure-policy';
import { needOf, emptyNeedTally, tallyChild, type NeedSlice, type NeedTally } from './need-figures';
import { emptyPlacementTally, placementQualityOf, tallyPlacement, type PlacementQualityCounts, type PlacementTally } from './placement-quality';
import { emptySiblingGroupRegister, registerSibling, siblingGroupsIn, type SiblingGroupRegister } from './sibling-groups';
import type { CooperativeId, SufficiencyArea, SufficiencyGeography } from './sufficiency-areas';
import { gapOf, type GapFigures } from './sufficiency-gap';
import type { ChildInNeed, SupplyHousehold } from './sufficiency-inputs';
import { emptySupplyTally, supplyOf, tallyHousehold, type SupplySlice, type SupplyTally } from './supply-figures';

/** Everything sufficiency is computed from, already loaded. */
export interface SufficiencyInput {
  readonly geography: SufficiencyGeography;
  readonly households: readonly SupplyHousehold[];
  readonly children: readonly ChildInNeed[];
}

/** Supply, need, gap and placement quality of one area, unrounded and unsuppressed: not for display. */
export interface AreaSufficiency {
  readonly area: SufficiencyArea;
  readonly councilCodes: readonly CouncilCode[];
  /** Councils publish exact figures; cooperatives (regional) and England (national) round to 10. */
  readonly level: PublicationLevel;
  readonly supply: readonly SupplySlice[];
  readonly need: readonly NeedSlice[];
  readonly gap: readonly GapFigures[];
  readonly placementQuality: PlacementQualityCounts;
}

/** Sufficiency for England, each cooperative and each council. */
export interface SufficiencyFigures {
  readonly england: AreaSufficiency;
  readonly cooperatives: ReadonlyMap<CooperativeId, AreaSufficiency>;
  readonly councils: ReadonlyMap<CouncilCode, AreaSufficiency>;
}

interface CouncilTally {
  readonly supply: SupplyTally;
  readonly need: NeedTally;
  readonly placements: PlacementTally;
}

/**
 * Tallies every household and child once, by council, then adds councils up for each area.
 * Records in a council missing from the geography count towards England only.
 */
export function computeSufficiency(input: SufficiencyInput): SufficiencyFigures {
  const { tallies, siblings } = tallyByCouncil(input);
  const known = input.geography.councils.map((c) => c.code);
  const area = (a: SufficiencyArea, codes: readonly CouncilCode[], level: PublicationLevel) => areaFigures(a, codes, level, tallies, siblings);
  return {
    england: area({ kind: 'england' }, [...tallies.keys()], 'national'),
    cooperatives: new Map(input.geography.cooperatives.map((c) => [c.id, area({ kind: 'cooperative', id: c.id }, c.councilCodes, 'regional')])),
    councils: new Map(known.map((code) => [code, area({ kind: 'council', code }, [code], 'council')])),
  };
}

function tallyByCouncil(input: SufficiencyInput): { tallies: Map<CouncilCode, CouncilTally>; siblings: SiblingGroupRegister } {
  const tallies = new Map<CouncilCode, CouncilTally>();
  const of = (code: CouncilCode) => {
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = { supply: emptySupplyTally(), need: emptyNeedTally(), placements: emptyPlacementTally() }));
    return t;
  };
  for (const c of input.geography.councils) of(c.code);
  for (const h of input.households) tallyHousehold(of(h.councilCode).supply, h);
  const siblings = emptySiblingGroupRegister();
  for (const child of input.children) {
    const t = of(child.placingCouncilCode);
    tallyChild(t.need, child);
    if (!child.placement) continue;
    tallyPlacement(t.placements, child.placement);
    if (child.placement.siblings) registerSibling(siblings, child.placingCouncilCode, child.placement.siblings);
  }
  return { tallies, siblings };
}

function areaFigures(
  area: SufficiencyArea, codes: readonly CouncilCode[], level: PublicationLevel,
  tallies: ReadonlyMap<CouncilCode, CouncilTally>, siblings: SiblingGroupRegister,
): AreaSufficiency {
  const parts = codes.map((code) => tallies.get(code)).filter((t): t is CouncilTally => t !== undefined);
  const supply = supplyOf(parts.map((p) => p.supply));
  const need = needOf(parts.map((p) => p.need));
  const placementQuality = placementQualityOf(parts.map((p) => p.placements), siblingGroupsIn(siblings, codes));
  return { area, councilCodes: codes, level, supply, need, gap: gapOf(supply, need), placementQuality };
}
