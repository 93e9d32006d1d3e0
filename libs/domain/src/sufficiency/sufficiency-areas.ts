import type { Brand, CouncilCode, RegionCode } from '../shared/brand';

/** A regional care cooperative: councils that plan and commission places together (2023 reform). */
export type CooperativeId = Brand<string, 'CooperativeId'>;

/** A cooperative and the councils in it (a council may sit in more than one). */
export interface Cooperative {
  readonly id: CooperativeId;
  readonly name: string;
  readonly councilCodes: readonly CouncilCode[];
}

/** A council with children's services and the ONS region it is in. */
export interface SufficiencyCouncil {
  readonly code: CouncilCode;
  readonly regionCode: RegionCode;
}

/** The councils and cooperatives sufficiency is computed for. */
export interface SufficiencyGeography {
  readonly councils: readonly SufficiencyCouncil[];
  readonly cooperatives: readonly Cooperative[];
}

/** An area sufficiency is reported for: one council, one cooperative, or all of England. */
export type SufficiencyArea =
  | { readonly kind: 'council'; readonly code: CouncilCode }
  | { readonly kind: 'cooperative'; readonly id: CooperativeId }
  | { readonly kind: 'england' };

/** ONS GSS code for England, used as England's area id. */
export const ENGLAND_CODE = 'E92000001';

/** A stable id for an area: the council's GSS code, the cooperative id, or England's GSS code. */
export function areaId(area: SufficiencyArea): string {
  if (area.kind === 'council') return area.code;
  return area.kind === 'cooperative' ? area.id : ENGLAND_CODE;
}

/** Until a region sets up its own, each ONS region is one cooperative (issue 6). */
export function defaultCooperatives(councils: readonly SufficiencyCouncil[], regionNames: ReadonlyMap<RegionCode, string> = new Map()): Cooperative[] {
  const byRegion = new Map<RegionCode, CouncilCode[]>();
  for (const council of councils) {
    const members = byRegion.get(council.regionCode) ?? [];
    members.push(council.code);
    byRegion.set(council.regionCode, members);
  }
  return [...byRegion]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, codes]) => ({ id: region as string as CooperativeId, name: regionNames.get(region) ?? region, councilCodes: codes }));
}
