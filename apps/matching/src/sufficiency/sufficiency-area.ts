import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { findArea, type AreaDirectory, type AreaRequest, type ResolvedArea } from '@app/sufficiency';

export function areaNotFound(): DomainError {
  return new DomainError('SUFFICIENCY.AREA_NOT_FOUND', 'No sufficiency area with that code that you can see');
}

/**
 * The cooperative ids and council codes a person may see, or 'all'. An analyst with a region scope
 * belongs to that region's default cooperative (one per ONS region, its id the region's code); one
 * with a cooperative scope to the cooperative an administrator defined with that code; either sees
 * the cooperative and its councils. A council scope sees its own council only. Anything else sees
 * nothing: every area answers 404, so codes outside one's cooperative cannot even be confirmed to exist.
 */
export function visibleAreas(staff: StaffPrincipal, directory: AreaDirectory): 'all' | { cooperatives: Set<string>; councils: Set<string> } {
  const { scope } = staff;
  if (scope.kind === 'england') return 'all';
  if (scope.kind === 'region' || scope.kind === 'cooperative') {
    const coops = directory.geography.cooperatives.filter((c) => c.id === scope.code);
    return { cooperatives: new Set(coops.map((c) => c.id)), councils: new Set(coops.flatMap((c) => c.councilCodes)) };
  }
  if (scope.kind === 'council') return { cooperatives: new Set(), councils: new Set([scope.code]) };
  return { cooperatives: new Set(), councils: new Set() };
}

/** The area asked for, if it exists and the person may see it; otherwise 404. */
export function resolveArea(staff: StaffPrincipal, request: AreaRequest, directory: AreaDirectory): ResolvedArea {
  const found = findArea(request, directory);
  const visible = visibleAreas(staff, directory);
  if (!found || (visible !== 'all' && !isVisible(found, visible))) throw areaNotFound();
  return found;
}

function isVisible(found: ResolvedArea, visible: { cooperatives: Set<string>; councils: Set<string> }): boolean {
  if (found.area.kind === 'england') return false;
  return found.area.kind === 'cooperative' ? visible.cooperatives.has(found.id) : visible.councils.has(found.id);
}
