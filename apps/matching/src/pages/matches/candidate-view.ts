import { SCORE_FACTOR_LABELS } from '@app/domain';
import type { ReferralResponse } from '../../referrals/referral.responses';
import type { MatchSearchPage } from '../../search/match-search.use-case';
import { APPROVAL_LABELS, childLabel, COUNCIL_RELATION_LABELS, homeLabel, SERVICE_KIND_LABELS } from '../labels';

export type FoundCandidate = MatchSearchPage['candidates'][number];

const miles = (value: number | null) => (value === null ? 'No school given' : `${value.toFixed(1)} miles`);
const number = (value: number) => (Number.isInteger(value) ? `${value}` : value.toFixed(1));
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** "Child 1 (age 7) and child 2 (age 9)", for the children a split home would take or leave. */
function childrenNamed(referral: ReferralResponse, ids: readonly string[]): string {
  const named = referral.children.flatMap((c, i) => (ids.includes(c.id) ? [childLabel(i, c.ageYears)] : []));
  return named.join(', ');
}

/** Every factor of the score: what was found, its weight and the points it earned, so nothing is shown only as a number. */
function factorRows(candidate: FoundCandidate) {
  return candidate.factors.map((f) => [
    { text: SCORE_FACTOR_LABELS[f.factor] },
    { text: f.applies ? f.detail : `${f.detail} (does not count for this referral)` },
    { text: f.applies ? number(f.weight) : `${number(f.weight)} (not counted)`, format: 'numeric' },
    { text: f.contribution.toFixed(1), format: 'numeric' },
  ]);
}

/** One candidate as the results and compare pages show it. */
export function candidateView(referral: ReferralResponse, candidate: FoundCandidate, shortlisted: ReadonlySet<string>) {
  const view = candidateFacts(referral, candidate, shortlisted);
  return { ...view, summaryRows: summaryRows(view, referral.children.length > 1), whyRows: whyRows(view) };
}

type Facts = ReturnType<typeof candidateFacts>;

function summaryRows(c: Facts, siblingGroup: boolean) {
  const row = (key: string, value: { text: string } | { html: string }) => ({ key: { text: key }, value });
  const split = c.split ? `Takes ${c.split.takes}; does not take ${c.split.leaves}` : 'Takes all the brothers and sisters together';
  return [
    row('Tier', { text: c.tier === 1 ? `${c.tierLabel} (preferred by law: s22C Children Act 1989)` : c.tierLabel }),
    row('Fostering service', { text: c.service }),
    row('From the family home', { text: c.homeMiles }),
    row('From school', { text: c.schoolMiles }),
    row('Where', { text: c.where }),
    row('Approval needed', { text: c.approval }),
    ...(c.emergency ? [row('Emergency', { text: c.emergency })] : []),
    ...(siblingGroup ? [row('Sibling group', { text: split })] : []),
  ];
}

/** The factors, then their total: the points add up to the score. */
function whyRows(c: Facts) {
  return [...c.factorRows, [{ text: 'Score' }, { text: 'The points add up to the score, out of 100' }, { text: '', format: 'numeric' }, { text: c.score.toFixed(1), format: 'numeric' }]];
}

function candidateFacts(referral: ReferralResponse, candidate: FoundCandidate, shortlisted: ReadonlySet<string>) {
  const emergency = candidate.outsideTermsEmergency;
  return {
    rank: candidate.rank,
    householdId: candidate.householdId,
    label: homeLabel(candidate.householdId),
    tier: candidate.tier,
    tierLabel: candidate.tierLabel,
    score: candidate.score,
    scoreText: `${candidate.score.toFixed(1)} out of 100`,
    summary: candidate.summary,
    service: SERVICE_KIND_LABELS[candidate.serviceKind] ?? candidate.serviceKind,
    homeMiles: miles(candidate.homeMiles),
    schoolMiles: miles(candidate.schoolMiles),
    where: COUNCIL_RELATION_LABELS[candidate.councilRelation],
    approval: APPROVAL_LABELS[candidate.approvalNeeded],
    emergency: emergency ? `Emergency only: outside the terms of approval (${emergency.terms.join(', ')}) until ${emergency.until}` : null,
    split: candidate.split
      ? { takes: childrenNamed(referral, candidate.split.takes), leaves: childrenNamed(referral, candidate.split.leaves), takesIds: candidate.split.takes }
      : null,
    factorRows: factorRows(candidate),
    factors: candidate.factors,
    shortlisted: shortlisted.has(candidate.householdId),
  };
}

export type CandidateView = ReturnType<typeof candidateView>;

/** The compare table: one column per home, one row per fact and per factor (its points first, then what was found). */
export function compareRows(candidates: readonly CandidateView[], siblingGroup: boolean) {
  const row = (label: string, cell: (c: CandidateView) => string) => [{ text: label }, ...candidates.map((c) => ({ text: cell(c) }))];
  const factors = (candidates[0]?.factors ?? []).map((factor, i) => [{ text: SCORE_FACTOR_LABELS[factor.factor] }, ...candidates.map((c) => {
    const f = c.factors[i];
    if (!f.applies) return { text: 'Does not count for this referral' };
    return { html: `<strong>${f.contribution.toFixed(1)} points</strong> (weight ${number(f.weight)})<br>${escape(f.detail)}` };
  })]);
  return [
    row('Tier', (c) => c.tierLabel),
    row('Score', (c) => c.scoreText),
    row('Fostering service', (c) => c.service),
    row('From the family home', (c) => c.homeMiles),
    row('From school', (c) => c.schoolMiles),
    row('Where', (c) => c.where),
    row('Approval needed', (c) => c.approval),
    row('Emergency', (c) => c.emergency ?? 'Within the terms of approval'),
    ...(siblingGroup ? [row('Sibling group', (c) => (c.split ? `Takes ${c.split.takes}; leaves ${c.split.leaves}` : 'Keeps them all together'))] : []),
    ...factors,
  ];
}

export function compareHead(candidates: readonly CandidateView[]) {
  return [{ text: 'Home' }, ...candidates.map((c) => ({ text: `${c.rank}. ${c.label}` }))];
}
