import type { FosteringType } from '../matching/terms-of-approval';

/** SSDA903 placement types for foster placements (DfE children looked after return). */
export const FOSTER_PLACEMENT_TYPES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'] as const;
export type FosterPlacementType = (typeof FOSTER_PLACEMENT_TYPES)[number];

/** SSDA903 placement provider types. */
export const PROVIDER_TYPES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** What decides a foster placement's SSDA903 codes. */
export interface PlacementFacts {
  /** The carer is a relative or friend of the child (a connected person). */
  readonly connectedPerson: boolean;
  readonly fosteringType: FosteringType;
  /** The carer is also an approved adopter (fostering for adoption or concurrent planning). */
  readonly fosteringForAdoption: boolean;
  /** Whose service approved the carer. */
  readonly provider: { readonly kind: 'council'; readonly councilCode: string } | { readonly kind: 'agency'; readonly sector: 'private' | 'voluntary' };
  readonly placingCouncilCode: string;
}

/**
 * The codes the DfE return needs: U1–U3 for connected persons, U4–U6 for other carers (long
 * term; fostering for adoption; anything else), and who provides the placement: the placing
 * council itself (PR1), another council (PR2), or an agency (PR4 private, PR5 voluntary).
 */
export function placementCodes(facts: PlacementFacts): { placementType: FosterPlacementType; providerType: ProviderType } {
  const kind = facts.fosteringForAdoption ? 1 : facts.fosteringType === 'long-term' ? 0 : 2;
  const placementType = (facts.connectedPerson ? ['U1', 'U2', 'U3'] : ['U4', 'U5', 'U6'])[kind] as FosterPlacementType;
  const { provider } = facts;
  const providerType: ProviderType = provider.kind === 'agency'
    ? (provider.sector === 'voluntary' ? 'PR5' : 'PR4')
    : provider.councilCode === facts.placingCouncilCode ? 'PR1' : 'PR2';
  return { placementType, providerType };
}
