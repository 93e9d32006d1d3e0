import type { MatchSearchPage } from '../../apps/matching/src/search/match-search.use-case';

type Candidate = MatchSearchPage['candidates'][number];

const APPROVAL_FOR: Record<string, string> = { inside: 'none', adjoining: 'senior-officer', 'at-a-distance': 'director-of-childrens-services' };

/** The page size every benchmark search asks for (the API's default). */
export const PAGE_SIZE = 20;

/**
 * Whether a match-search answer is sane: 200, the right referral, a full page unless fewer homes
 * are eligible, ranks 1..n, connected persons before other carers and scores falling within a
 * tier, and each approval matching the council relation. Null if good, else a short label.
 */
export function checkSearchAnswer(status: number | string, body: string, referralId: string): string | null {
  if (status !== 200) return `status ${status}`;
  let page: MatchSearchPage;
  try {
    page = JSON.parse(body) as MatchSearchPage;
  } catch {
    return 'not JSON';
  }
  if (page.referralId !== referralId || !Array.isArray(page.candidates)) return 'wrong shape';
  const c = page.candidates;
  if (c.length !== Math.min(PAGE_SIZE, page.eligibleCount)) return 'page not full though homes are eligible';
  for (let i = 0; i < c.length; i++) {
    const problem = candidateProblem(c[i], i, c[i - 1]);
    if (problem) return problem;
  }
  return null;
}

function candidateProblem(c: Candidate, i: number, before: Candidate | undefined): string | null {
  if (c.rank !== i + 1) return 'ranks not 1..n';
  if (c.tier !== 1 && c.tier !== 2) return 'unknown tier';
  if (before && (before.tier > c.tier || (before.tier === c.tier && before.score < c.score))) return 'not sorted by tier then score';
  if (APPROVAL_FOR[c.councilRelation] !== c.approvalNeeded) return 'approval does not match council relation';
  if (!(c.homeMiles >= 0) || Math.round(c.homeMiles * 10) / 10 !== c.homeMiles) return 'distance not in miles to 1 dp';
  return null;
}

/** What the searches found, for the summary. */
export class SearchStats {
  searches = 0;
  candidates = 0;
  empty = 0;
  considered = 0;
  /** Other carers shown further away than the radius the search says it searched (the box's corners). */
  beyondRadius = 0;
  readonly radii = new Map<string, number>();

  observe(page: MatchSearchPage): void {
    this.searches++;
    this.candidates += page.candidates.length;
    this.considered += page.householdsConsidered;
    if (page.candidates.length === 0) this.empty++;
    const radius = page.searchedRadiusMiles === null ? 'England' : `${page.searchedRadiusMiles} mi`;
    this.radii.set(radius, (this.radii.get(radius) ?? 0) + 1);
    const limit = page.searchedRadiusMiles;
    if (limit !== null) this.beyondRadius += page.candidates.filter((c) => c.tier === 2 && c.homeMiles > limit).length;
  }

  describeRadii(): string {
    const order = (k: string) => (k === 'England' ? Infinity : parseFloat(k));
    return [...this.radii.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
  }
}
