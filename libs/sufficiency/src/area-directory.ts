import { ENGLAND_CODE, type CooperativeId, type CouncilCode, type SufficiencyArea } from '@app/domain';
import type { SufficiencyInputs } from '@app/persistence';

/** What is needed to say which areas exist and what they are called. */
export type AreaDirectory = Pick<SufficiencyInputs, 'geography' | 'councilNames'>;

/** An area as someone asks for it, before we know it exists or that they may see it. */
export type AreaRequest = { readonly kind: 'england' } | { readonly kind: 'cooperative'; readonly id: string } | { readonly kind: 'council'; readonly code: string };

/** An area that exists, with its code (ONS for England and councils), name and councils. */
export interface ResolvedArea {
  readonly area: SufficiencyArea;
  readonly id: string;
  readonly name: string;
  readonly councils: readonly { readonly code: string; readonly name: string }[];
  /** The cooperatives a council belongs to (empty for others). */
  readonly cooperativeIds: readonly string[];
}

/** The area asked for, if it exists; who may see it is the caller's business. */
export function findArea(request: AreaRequest, directory: AreaDirectory): ResolvedArea | null {
  const { geography, councilNames } = directory;
  const named = (codes: readonly string[]) => codes.map((code) => ({ code, name: councilNames.get(code) ?? code }));
  if (request.kind === 'england') {
    return { area: { kind: 'england' }, id: ENGLAND_CODE, name: 'England', councils: named(geography.councils.map((c) => c.code)), cooperativeIds: [] };
  }
  if (request.kind === 'cooperative') {
    const coop = geography.cooperatives.find((c) => c.id === request.id);
    if (!coop) return null;
    return { area: { kind: 'cooperative', id: coop.id }, id: coop.id, name: coop.name, councils: named(coop.councilCodes), cooperativeIds: [coop.id] };
  }
  const name = councilNames.get(request.code);
  if (name === undefined) return null;
  const memberOf = geography.cooperatives.filter((c) => c.councilCodes.includes(request.code as CouncilCode)).map((c) => c.id as string);
  return { area: { kind: 'council', code: request.code as CouncilCode }, id: request.code, name, councils: named([request.code]), cooperativeIds: memberOf };
}

/** Every area of England (England, each cooperative, each council): what a snapshot stores. */
export function allAreas(directory: AreaDirectory): ResolvedArea[] {
  const requests: AreaRequest[] = [
    { kind: 'england' },
    ...directory.geography.cooperatives.map((c) => ({ kind: 'cooperative' as const, id: c.id as CooperativeId as string })),
    ...directory.geography.councils.map((c) => ({ kind: 'council' as const, code: c.code as string })),
  ];
  return requests.map((r) => findArea(r, directory)).filter((a): a is ResolvedArea => a !== null);
}
