import type { CalendarDate } from '../calendar/calendar-date';
import type { ShortageCategory } from '../recruitment/fostering-interest';
import { MATCH_TIER_LABELS, type Candidate, type MatchTier } from './assess-household';
import { approvalNeeded, councilName, type CouncilRelation, type PlacementApproval } from './council-relation';
import { factorBreakdown, type FactorExplanation } from './factor-breakdown';
import type { ChildId, HouseholdId } from './matching-ids';
import type { PreparedReferral } from './prepare-referral';
import type { OutsideTerm } from './terms-of-approval';

/** Why a home ranked where it did, in numbers and in one plain-English line. */
export interface CandidateExplanation {
  readonly householdId: HouseholdId;
  readonly tier: MatchTier;
  readonly tierLabel: string;
  /** 0..100, to one decimal place. */
  readonly score: number;
  readonly homeMiles: number;
  readonly schoolMiles: number | null;
  readonly councilRelation: CouncilRelation;
  readonly approvalNeeded: PlacementApproval;
  /** Reg 23: an emergency placement outside the terms, and the last day it may last. */
  readonly outsideTermsEmergency: { readonly terms: readonly OutsideTerm[]; readonly until: CalendarDate } | null;
  /** How the sibling group would split: the children this home would take, and those it would not. */
  readonly split: { readonly takes: readonly ChildId[]; readonly leaves: readonly ChildId[] } | null;
  readonly factors: readonly FactorExplanation[];
  /** E.g. "Connected person · 2.3 miles from home · inside Manchester · approved for sibling groups". */
  readonly summary: string;
}

const SHORTAGE_PHRASES: Record<ShortageCategory, string> = {
  'sibling-groups': 'sibling groups',
  teenagers: 'teenagers',
  uasc: 'unaccompanied asylum-seeking children',
  'parent-and-child': 'parent and child',
  'complex-trauma': 'complex trauma',
};

/** The full explanation of one candidate (built only for the homes shown, never in the hot path). */
export function explainCandidate(prepared: PreparedReferral, candidate: Candidate): CandidateExplanation {
  const split = candidate.takesChildIds.length < prepared.childIds.length;
  const explanation: Omit<CandidateExplanation, 'summary'> = {
    householdId: candidate.household.id,
    tier: candidate.tier,
    tierLabel: MATCH_TIER_LABELS[candidate.tier],
    score: Math.round(candidate.score * 10) / 10,
    homeMiles: candidate.homeMiles,
    schoolMiles: candidate.schoolMiles,
    councilRelation: candidate.councilRelation,
    approvalNeeded: approvalNeeded(candidate.councilRelation),
    outsideTermsEmergency:
      candidate.outsideTerms.length > 0 && prepared.emergencyUntil !== null
        ? { terms: candidate.outsideTerms, until: prepared.emergencyUntil }
        : null,
    split: split ? { takes: candidate.takesChildIds, leaves: prepared.childIds.filter((id) => !candidate.takesChildIds.includes(id)) } : null,
    factors: factorBreakdown(prepared, candidate),
  };
  return { ...explanation, summary: summaryLine(prepared, candidate, explanation) };
}

function summaryLine(prepared: PreparedReferral, candidate: Candidate, explanation: Omit<CandidateExplanation, 'summary'>): string {
  const parts = [explanation.tierLabel, `${candidate.homeMiles} miles from home`, councilPhrase(prepared, candidate)];
  const covered = prepared.shortageNeeded.filter((category) => candidate.household.shortageCategories.includes(category));
  if (covered.length > 0) parts.push(`approved for ${covered.map((c) => SHORTAGE_PHRASES[c]).join(', ')}`);
  if (explanation.split) parts.push(`would take ${explanation.split.takes.length} of the ${prepared.childIds.length} children`);
  const emergency = explanation.outsideTermsEmergency;
  if (emergency) parts.push(`emergency only: outside terms (${emergency.terms.join(', ')}) until ${emergency.until}`);
  return parts.join(' · ');
}

function councilPhrase(prepared: PreparedReferral, candidate: Candidate): string {
  const placing = councilName(prepared, prepared.referral.placingCouncilCode);
  if (candidate.councilRelation === 'inside') return `inside ${placing}`;
  const home = councilName(prepared, candidate.household.councilCode);
  return candidate.councilRelation === 'adjoining'
    ? `in ${home}, next to ${placing} (senior officer to approve)`
    : `in ${home}, at a distance (Director of Children's Services to approve)`;
}
