/**
 * Statistical disclosure control as the DfE applies it to children looked after statistics
 * ("Children looked after: a focus on placement location", methodology, section "Rounding,
 * suppression and grossing", explore-education-statistics.service.gov.uk; GSS symbols):
 * - 'c' replaces a figure to protect confidentiality: counts of 1 to 5 (the DCSF's stated rule,
 *   Hansard 8 Jan 2008, and DESIGN.md), percentages and averages
 *   built on a suppressed count, and (secondary suppression) cells a total would give away;
 * - 0 is always shown, and "where any number is shown as zero, the original figure submitted was
 *   zero", so a count of 1–5 is suppressed before any rounding (rounding 3 to 0 would show a false 0);
 * - national and regional counts are rounded to the nearest 10, local authority figures are not;
 * - percentages are worked out from unrounded figures and rounded to whole numbers (DfE data set
 *   "Placement distance locality for CLA": 37,080 of 69,460 published as 53.3767%, which only the
 *   unrounded counts give); 'k' marks a percentage below 0.5 that is not zero; 'z' not applicable.
 */

/** A published count: the number, or 'c' where it is suppressed. */
export type PublishedCount = number | 'c';
/** A published percentage (whole number), or 'c', 'k' (below 0.5%, not zero), 'z' (no denominator). */
export type PublishedPercent = number | 'c' | 'k' | 'z';
/** A published average or estimate, or 'c' (its basis is suppressed) or 'z' (it has no basis). */
export type PublishedEstimate = number | 'c' | 'z';

/** Who a table describes: council figures are exact; regional (cooperative) and national are rounded. */
export const PUBLICATION_LEVELS = ['council', 'regional', 'national'] as const;
export type PublicationLevel = (typeof PUBLICATION_LEVELS)[number];

/** DfE: counts from 1 to this are suppressed. */
export const DFE_LARGEST_SUPPRESSED_COUNT = 5;
/** DfE: national and regional counts are rounded to the nearest this. */
export const DFE_ROUNDING_BASE = 10;

/** How a table is protected. */
export interface DisclosurePolicy {
  /** Counts from 1 to this are suppressed ('c'); 0 is shown. */
  readonly largestSuppressedCount: number;
  /** Shown counts are rounded to the nearest multiple of this; null = shown exactly. */
  readonly roundingBase: number | null;
}

/** The DfE policy for a level of publication. */
export function disclosurePolicy(level: PublicationLevel): DisclosurePolicy {
  return { largestSuppressedCount: DFE_LARGEST_SUPPRESSED_COUNT, roundingBase: level === 'council' ? null : DFE_ROUNDING_BASE };
}

/** Primary suppression: a count from 1 to the policy's limit. Zero and larger counts are shown. */
export function isSmallCount(count: number, policy: DisclosurePolicy): boolean {
  return count > 0 && count <= policy.largestSuppressedCount;
}

/** Rounds to the nearest multiple of base, halves away from zero (5 → 10, 15 → 20, −15 → −20). */
export function roundToBase(value: number, base: number): number {
  const rounded = Math.floor(Math.abs(value) / base + 0.5) * base;
  return value < 0 ? -rounded : rounded;
}

/** Rounds to a number of decimal places, halves away from zero (0.5 → 1, 2.25 → 2.3 at 1 dp). */
export function roundHalfUp(value: number, decimals = 0): number {
  const f = 10 ** decimals;
  const rounded = Math.floor(Math.abs(value) * f + 0.5 + 1e-9) / f;
  return value < 0 ? -rounded : rounded;
}

/** A percentage from unrounded counts, as the DfE publishes it: whole number, 'k' below 0.5, 'z' with no denominator. */
export function percentOf(part: number, whole: number): PublishedPercent {
  if (whole === 0) return 'z';
  const percent = (100 * part) / whole;
  if (percent > 0 && percent < 0.5) return 'k';
  return roundHalfUp(percent);
}
