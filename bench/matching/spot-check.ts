import {
  assessHousehold, haversineMiles, matchHouseholds, prepareReferral, type HouseholdProfile, type PreparedReferral,
} from '@app/domain';
import { HOUSEHOLD_ROW_COLUMNS, toHouseholdProfile, type HouseholdRow, type StoredReferral } from '@app/persistence';
import type { MatchSearchPage } from '../../apps/matching/src/search/match-search.use-case';
import { PAGE_SIZE } from './response-checks';
import type { SearchRecorder } from './search-recorder';

export interface SpotCheckResult {
  readonly checked: number;
  /** Candidates the domain's own rules would not have returned as the API did (must be none). */
  readonly problems: readonly string[];
  /** Searches whose page differs from ranking every home within the furthest one shown (homes the box never reached). */
  readonly differsFromExhaustive: number;
  readonly examples: readonly string[];
}

/**
 * Re-judges answers with libs/domain: every candidate eligible under assessHousehold with the same
 * tier, score and distance, none inside an exclusion zone (measured here, independently), tier 1 only
 * for connected persons, and every eligible connected person shown. Then ranks every offerable home in
 * England that lies within the furthest candidate shown, to see whether the widening missed a better one.
 */
export async function spotCheck(recorder: SearchRecorder, pages: readonly MatchSearchPage[]): Promise<SpotCheckResult> {
  const rows: HouseholdRow[] = await recorder.dataSource.query(`SELECT ${HOUSEHOLD_ROW_COLUMNS} FROM fostering_household h
    JOIN fostering_service s ON s.id = h.service_id WHERE h.approval_status IN ('approved', 'temporarily-approved')`);
  const offerable = rows.map(toHouseholdProfile);
  const problems: string[] = [];
  const examples: string[] = [];
  let differs = 0;
  for (const page of pages) {
    const stored = (await recorder.referrals.find(page.referralId, null))!;
    const prepared = prepareReferral(stored.referral, await recorder.contexts.forCouncil(stored.referral.placingCouncilCode, new Date()));
    const shown = await recorder.households.byIds(page.candidates.map((c) => c.householdId));
    problems.push(...candidateProblems(prepared, stored, page, new Map(shown.map((h) => [h.id as string, h]))));
    problems.push(...(await connectedProblems(recorder, prepared, page)));
    const missed = exhaustiveDifference(prepared, page, offerable);
    if (missed) { differs++; if (examples.length < 3) examples.push(missed); }
  }
  return { checked: pages.length, problems, differsFromExhaustive: differs, examples };
}

function candidateProblems(prepared: PreparedReferral, stored: StoredReferral, page: MatchSearchPage, homes: Map<string, HouseholdProfile>): string[] {
  const problems: string[] = [];
  const at = (what: string, id: string) => problems.push(`referral ${page.referralId}, household ${id}: ${what}`);
  for (const c of page.candidates) {
    const home = homes.get(c.householdId);
    if (!home) { at('not found', c.householdId); continue; }
    const assessed = assessHousehold(prepared, home);
    if (!assessed.eligible) { at(`excluded by the rules (${assessed.reason})`, c.householdId); continue; }
    if (assessed.tier !== c.tier) at(`tier ${c.tier}, rules say ${assessed.tier}`, c.householdId);
    if (Math.round(assessed.score * 10) / 10 !== c.score) at(`score ${c.score}, rules say ${assessed.score.toFixed(2)}`, c.householdId);
    if (assessed.homeMiles !== c.homeMiles) at(`homeMiles ${c.homeMiles}, rules say ${assessed.homeMiles}`, c.householdId);
    for (const zone of stored.referral.exclusionZones) {
      if (haversineMiles(zone.centre, home.location) <= zone.radiusMiles) at('inside an exclusion zone', c.householdId);
    }
    if (c.tier === 1 && !prepared.connected.has(home.id) && home.approval.status !== 'temporarily-approved') at('tier 1 but not connected', c.householdId);
  }
  return problems;
}

/** s22C(7): an eligible connected person must be on the first page (there are never 20 of them). */
async function connectedProblems(recorder: SearchRecorder, prepared: PreparedReferral, page: MatchSearchPage): Promise<string[]> {
  const ids = prepared.referral.connectedPersonHouseholdIds;
  const shown = new Set(page.candidates.map((c) => c.householdId));
  return (await recorder.households.byIds(ids))
    .filter((home) => assessHousehold(prepared, home).eligible && !shown.has(home.id))
    .map((home) => `referral ${page.referralId}: eligible connected person ${home.id} not shown`);
}

/** Null if ranking every home within the furthest shown gives the same page; else what the search missed. */
function exhaustiveDifference(prepared: PreparedReferral, page: MatchSearchPage, offerable: readonly HouseholdProfile[]): string | null {
  if (page.searchedRadiusMiles === null || page.candidates.length < PAGE_SIZE) return null;
  // Connected persons are shown wherever they live (s22C(7)): the radius to compare within is the furthest other home shown.
  const furthest = Math.max(0, ...page.candidates.filter((c) => c.tier !== 1).map((c) => c.homeMiles));
  const home = prepared.referral.familyHome;
  const within = offerable.filter((h) => prepared.connected.has(h.id) || haversineMiles(home, h.location) <= furthest + 0.05);
  const best = matchHouseholds(prepared, within, PAGE_SIZE).ranked;
  const apiIds = page.candidates.map((c) => c.householdId);
  const missed = best.filter((r) => !apiIds.includes(r.candidate.household.id));
  if (missed.length === 0) return null;
  const first = missed[0];
  return `referral ${page.referralId}: searched "${page.searchedRadiusMiles} miles", showed homes up to ${furthest} miles, ` +
    `but never considered ${missed.length} better home(s) within that distance, e.g. ${first.candidate.household.id} at ${first.candidate.homeMiles} miles ` +
    `(rank ${first.rank}, score ${first.explanation.score})`;
}
