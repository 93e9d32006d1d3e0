import type { Candidate } from './assess-household';

/**
 * The one order of candidates: tier (connected persons first, s22C(7)), then score (higher
 * first), then miles from the family home, then household id. It is total, so the same
 * households always come out in the same order, whatever order they went in.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.score !== b.score) return b.score - a.score;
  if (a.homeMiles !== b.homeMiles) return a.homeMiles - b.homeMiles;
  if (a.household.id === b.household.id) return 0;
  return a.household.id < b.household.id ? -1 : 1;
}

/** Keeps the best `limit` candidates in order as they arrive, without sorting the rest. */
export class TopCandidates {
  private readonly kept: Candidate[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('a result limit must be a whole number, 1 or more');
  }

  offer(candidate: Candidate): void {
    const kept = this.kept;
    if (kept.length === this.limit && compareCandidates(candidate, kept[kept.length - 1]) >= 0) return;
    let at = kept.length;
    while (at > 0 && compareCandidates(candidate, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, candidate);
    if (kept.length > this.limit) kept.pop();
  }

  /** The kept candidates, best first. */
  ranked(): readonly Candidate[] {
    return this.kept.slice();
  }
}

/** The best `limit` candidates, best first. */
export function rankCandidates(candidates: Iterable<Candidate>, limit: number): readonly Candidate[] {
  const top = new TopCandidates(limit);
  for (const candidate of candidates) top.offer(candidate);
  return top.ranked();
}
