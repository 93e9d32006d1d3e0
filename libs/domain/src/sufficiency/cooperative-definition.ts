import type { CouncilCode } from '../shared/brand';
import type { Cooperative, CooperativeId } from './sufficiency-areas';

/**
 * Codes of cooperatives an administrator defines: "RCC-" then capitals and digits in hyphenated
 * words (RCC-TEES-VALLEY), at most 40 characters. Never an ONS code, so a defined cooperative can
 * never be taken for a region's default one (whose id is the region's GSS code).
 */
export const COOPERATIVE_CODE_PATTERN = /^RCC-[A-Z0-9]+(-[A-Z0-9]+)*$/;
export const COOPERATIVE_CODE_MAX_LENGTH = 40;

/** Councils plan and commission together in a cooperative: one council alone is already an area. */
export const MIN_COOPERATIVE_COUNCILS = 2;

export function isCooperativeCode(code: string): boolean {
  return code.length <= COOPERATIVE_CODE_MAX_LENGTH && COOPERATIVE_CODE_PATTERN.test(code);
}

/** A cooperative as an administrator defines it. */
export interface CooperativeDefinition {
  readonly id: CooperativeId;
  readonly name: string;
  readonly councilCodes: readonly CouncilCode[];
}

/** Why a definition cannot be saved. */
export type CooperativeDefinitionProblem =
  | { readonly kind: 'unknown-councils'; readonly codes: readonly string[] }
  | { readonly kind: 'councils-in-another-cooperative'; readonly taken: readonly { readonly code: string; readonly cooperativeId: string }[] };

/**
 * Checks a definition against the councils that exist and the other defined cooperatives. A
 * council belongs to at most one defined cooperative: a council commissions places through one
 * cooperative, and cooperatives that overlap would count the same children and homes twice when
 * their figures are set side by side. (Each council also stays in its region's default cooperative.)
 */
export function checkCooperativeDefinition(
  definition: CooperativeDefinition, knownCouncils: ReadonlySet<string>, others: readonly Cooperative[],
): CooperativeDefinitionProblem | null {
  const unknown = definition.councilCodes.filter((code) => !knownCouncils.has(code));
  if (unknown.length > 0) return { kind: 'unknown-councils', codes: unknown };
  const taken = definition.councilCodes.flatMap((code) => others
    .filter((o) => o.id !== definition.id && o.councilCodes.includes(code))
    .map((o) => ({ code: code as string, cooperativeId: o.id as string })));
  return taken.length > 0 ? { kind: 'councils-in-another-cooperative', taken } : null;
}
