import type { StaffPrincipal } from '@app/auth';
import { DomainError, ENGLAND_CODE, type CooperativeId, type CouncilCode, type SufficiencyArea } from '@app/domain';
import type { SufficiencyInputs } from '@app/persistence';

/** What is needed to say which areas exist and what they are called. */
export type AreaDirectory = Pick<SufficiencyInputs, 'geography' | 'councilNames'>;

/** An area as an analyst asks for it, before we know it exists or that they may see it. */
export type AreaRequest = { readonly kind: 'england' } | { readonly kind: 'cooperative'; readonly id: string } | { readonly kind: 'council'; readonly code: string };

/** An area that exists, with its ONS code, name and councils. */
export interface ResolvedArea {
  readonly area: SufficiencyArea;
  readonly id: string;
  readonly name: string;
  readonly councils: readonly { readonly code: string; readonly name: string }[];
  /** The cooperatives a council belongs to (empty for others). */
  readonly cooperativeIds: readonly string[];
}

export function areaNotFound(): DomainError {
  return new DomainError('SUFFICIENCY.AREA_NOT_FOUND', 'No sufficiency area with that code that you can see');
}

/**
 * The cooperative ids and council codes a person may see, or 'all'. An analyst with a region scope
 * belongs to that region's cooperative (the default cooperatives are one per ONS region); a council
 * scope sees its own council only. Anything else sees nothing: every area answers 404, so codes
 * outside one's cooperative cannot even be confirmed to exist.
 */
export function visibleAreas(staff: StaffPrincipal, inputs: AreaDirectory): 'all' | { cooperatives: Set<string>; councils: Set<string> } {
  const { scope } = staff;
  if (scope.kind === 'england') return 'all';
  if (scope.kind === 'region') {
    const coops = inputs.geography.cooperatives.filter((c) => c.id === scope.code);
    return { cooperatives: new Set(coops.map((c) => c.id)), councils: new Set(coops.flatMap((c) => c.councilCodes)) };
  }
  if (scope.kind === 'council') return { cooperatives: new Set(), councils: new Set([scope.code]) };
  return { cooperatives: new Set(), councils: new Set() };
}

/** The area asked for, if it exists and the person may see it; otherwise 404. */
export function resolveArea(staff: StaffPrincipal, request: AreaRequest, inputs: AreaDirectory): ResolvedArea {
  const visible = visibleAreas(staff, inputs);
  const named = (codes: readonly string[]) => codes.map((code) => ({ code, name: inputs.councilNames.get(code) ?? code }));
  const memberOf = (code: string) => inputs.geography.cooperatives.filter((c) => c.councilCodes.includes(code as CouncilCode)).map((c) => c.id as string);
  if (request.kind === 'england') {
    if (visible !== 'all') throw areaNotFound();
    return { area: { kind: 'england' }, id: ENGLAND_CODE, name: 'England', councils: named(inputs.geography.councils.map((c) => c.code)), cooperativeIds: [] };
  }
  if (request.kind === 'cooperative') {
    const coop = inputs.geography.cooperatives.find((c) => c.id === request.id);
    if (!coop || (visible !== 'all' && !visible.cooperatives.has(coop.id))) throw areaNotFound();
    return { area: { kind: 'cooperative', id: coop.id }, id: coop.id, name: coop.name, councils: named(coop.councilCodes), cooperativeIds: [coop.id] };
  }
  if (!inputs.councilNames.has(request.code) || (visible !== 'all' && !visible.councils.has(request.code))) throw areaNotFound();
  return {
    area: { kind: 'council', code: request.code as CouncilCode }, id: request.code, name: inputs.councilNames.get(request.code)!,
    councils: named([request.code]), cooperativeIds: memberOf(request.code),
  };
}

/** Every area of England: used by the snapshot, which stores all of them. */
export function allAreas(inputs: AreaDirectory): ResolvedArea[] {
  const everyone: StaffPrincipal = { subject: 'system', role: 'admin', scope: { kind: 'england' } };
  return [
    resolveArea(everyone, { kind: 'england' }, inputs),
    ...inputs.geography.cooperatives.map((c) => resolveArea(everyone, { kind: 'cooperative', id: c.id as CooperativeId }, inputs)),
    ...inputs.geography.councils.map((c) => resolveArea(everyone, { kind: 'council', code: c.code }, inputs)),
  ];
}
