import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { govukFormErrors } from '@app/web';
import { GetReferralUseCase } from '../../referrals/get-referral.use-case';
import type { ReferralResponse } from '../../referrals/referral.responses';
import { MatchSearchUseCase, type MatchSearchPage } from '../../search/match-search.use-case';
import type { PageAnswer } from '../page-renderer';
import { GetShortlistUseCase } from '../shortlist/get-shortlist.use-case';
import { candidateView, compareHead, compareRows, type CandidateView } from './candidate-view';

export const PAGE_SIZE = 20;
/** Compare and book look a home up among this many of the best candidates. */
const LOOKUP_SIZE = 100;
const MAX_COMPARED = 3;

const asList = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'));

/** The match search, the compare table and the candidates behind the booking page, through the API's use cases. */
@Injectable()
export class MatchPagesService {
  constructor(
    private readonly referrals: GetReferralUseCase,
    private readonly search: MatchSearchUseCase,
    private readonly shortlist: GetShortlistUseCase,
  ) {}

  async results(staff: StaffPrincipal, id: string, pageText: unknown, clientIp: string | null, compareProblem = false): Promise<PageAnswer> {
    const page = Math.min(50, Math.max(1, Number.parseInt(typeof pageText === 'string' ? pageText : '1', 10) || 1));
    const { referral, found, views } = await this.load(staff, id, page, PAGE_SIZE, clientIp);
    const firstId = views[0] ? `compare-${views[0].householdId}` : 'compare';
    const errors = compareProblem
      ? govukFormErrors([{ field: firstId, rule: 'count', message: `Select 2 or 3 homes to compare` }], [firstId]) : undefined;
    const pages = Math.ceil(found.eligibleCount / PAGE_SIZE);
    return {
      view: 'matches/results.njk',
      context: { referral, found, candidates: views, page, pages, pagination: paginationItems(page, pages), errors, siblingGroup: referral.children.length > 1, pageTitle: pageTitleFor(referral) },
      status: compareProblem ? 400 : 200,
    };
  }

  async compare(staff: StaffPrincipal, id: string, homes: unknown, clientIp: string | null): Promise<PageAnswer> {
    const chosen = [...new Set(asList(homes))];
    if (chosen.length < 2 || chosen.length > MAX_COMPARED) return this.results(staff, id, '1', clientIp, true);
    const { referral, views } = await this.load(staff, id, 1, LOOKUP_SIZE, clientIp);
    const compared = views.filter((v) => chosen.includes(v.householdId));
    if (compared.length !== chosen.length) return { view: 'matches/no-longer-available.njk', context: { referral }, status: 404 };
    const siblingGroup = referral.children.length > 1;
    return { view: 'matches/compare.njk', context: { referral, candidates: compared, compareHead: compareHead(compared), rows: compareRows(compared, siblingGroup) } };
  }

  /** The candidate a booking is for, found by running the search again: only a home the rules allow can be booked. */
  async candidate(staff: StaffPrincipal, id: string, householdId: string, clientIp: string | null): Promise<{ referral: ReferralResponse; candidate: CandidateView | null }> {
    const { referral, views } = await this.load(staff, id, 1, LOOKUP_SIZE, clientIp);
    return { referral, candidate: views.find((v) => v.householdId === householdId) ?? null };
  }

  private async load(staff: StaffPrincipal, id: string, page: number, pageSize: number, clientIp: string | null) {
    const referral = await this.referrals.execute(staff, id, clientIp);
    const [found, shortlist] = await Promise.all([this.search.execute(staff, id, page, pageSize, clientIp), this.shortlist.execute(staff, id)]);
    const shortlisted = new Set(shortlist.map((s) => s.householdId));
    return { referral, found: summary(found), views: found.candidates.map((c) => candidateView(referral, c, shortlisted)) };
  }
}

function summary(found: MatchSearchPage) {
  return {
    eligibleCount: found.eligibleCount, householdsConsidered: found.householdsConsidered,
    searched: found.searchedRadiusMiles === null ? 'all of England' : `within ${found.searchedRadiusMiles} miles of the family home`,
    excludedRows: found.excluded.map((e) => [{ text: e.label }, { text: `${e.count}`, format: 'numeric' }]),
  };
}

export function pageTitleFor(referral: ReferralResponse): string {
  return referral.children.length === 1 ? `Homes for a child aged ${referral.children[0].ageYears}` : `Homes for ${referral.children.length} brothers and sisters`;
}

function paginationItems(page: number, pages: number) {
  return Array.from({ length: pages }, (_, i) => ({ number: i + 1, href: `?page=${i + 1}`, current: i + 1 === page }));
}
