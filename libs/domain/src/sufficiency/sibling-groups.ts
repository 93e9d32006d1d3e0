import type { CouncilCode } from '../shared/brand';
import type { SiblingGroupId } from '../matching/matching-ids';
import type { SiblingsInCare } from './sufficiency-inputs';

/**
 * Sibling groups seen among placed children. A group is "together" only if every placed member
 * lives with all their brothers and sisters in care. Brothers and sisters may be looked after by
 * different councils, so a group is counted once in any area holding at least one of them.
 */
export interface SiblingGroupRegister {
  readonly index: Map<SiblingGroupId, number>;
  readonly together: boolean[];
  readonly byCouncil: Map<CouncilCode, Set<number>>;
}

/** An empty register. */
export function emptySiblingGroupRegister(): SiblingGroupRegister {
  return { index: new Map(), together: [], byCouncil: new Map() };
}

/** Records one placed child's sibling group, against the child's placing council. */
export function registerSibling(register: SiblingGroupRegister, councilCode: CouncilCode, siblings: SiblingsInCare): void {
  let group = register.index.get(siblings.groupId);
  if (group === undefined) {
    group = register.together.length;
    register.index.set(siblings.groupId, group);
    register.together.push(true);
  }
  if (!siblings.livingWithAll) register.together[group] = false;
  const groups = register.byCouncil.get(councilCode);
  if (groups) groups.add(group);
  else register.byCouncil.set(councilCode, new Set([group]));
}

/** Sibling groups with a placed member looked after by any of these councils, by together or apart. */
export function siblingGroupsIn(register: SiblingGroupRegister, councilCodes: readonly CouncilCode[]): { together: number; apart: number } {
  const seen = new Set<number>();
  let together = 0;
  for (const code of councilCodes) {
    for (const group of register.byCouncil.get(code) ?? []) {
      if (seen.has(group)) continue;
      seen.add(group);
      if (register.together[group]) together += 1;
    }
  }
  return { together, apart: seen.size - together };
}
