import type { Candidate } from './assess-household';
import { councilName } from './council-relation';
import { costValue, councilValue, experienceValue, identityMatches, needsMet, proximityValue, shortageMatches } from './factor-values';
import type { PreparedReferral } from './prepare-referral';
import { SCORE_FACTORS, type ScoreFactor } from './score-factors';

/** One factor of a candidate's score, shown so an officer can see why the home ranked where it did. */
export interface FactorExplanation {
  readonly factor: ScoreFactor;
  /** False when the factor says nothing about this referral (e.g. no school given); it then carries no weight. */
  readonly applies: boolean;
  /** Miles, a count, years, pounds a week, or a word; null when there is nothing to measure. */
  readonly raw: number | string | null;
  /** 0..1, 1 best. */
  readonly normalised: number;
  /** The policy's weight for the factor. */
  readonly weight: number;
  /** Points of the 0..100 score this factor earned. */
  readonly contribution: number;
  readonly detail: string;
}

type Measured = Pick<FactorExplanation, 'raw' | 'normalised' | 'detail'>;

/** Every factor of a candidate's score, in a fixed order, with raw and normalised values, weight and contribution. */
export function factorBreakdown(prepared: PreparedReferral, candidate: Candidate): FactorExplanation[] {
  return SCORE_FACTORS.map((factor) => {
    const points = prepared.points[factor];
    const { raw, normalised, detail } = measure(factor, prepared, candidate);
    return {
      factor,
      applies: prepared.applies[factor],
      raw,
      normalised: round(normalised, 3),
      weight: prepared.context.policy.weights[factor],
      contribution: round(points * normalised, 2),
      detail,
    };
  });
}

function measure(factor: ScoreFactor, prepared: PreparedReferral, c: Candidate): Measured {
  const policy = prepared.context.policy;
  const h = c.household;
  switch (factor) {
    case 'near-family-home':
      return { raw: c.homeMiles, normalised: proximityValue(c.homeMiles, policy.nearHomeMiles), detail: `${c.homeMiles} miles from the family home` };
    case 'near-school':
      if (c.schoolMiles === null) return { raw: null, normalised: 0, detail: 'No school given' };
      return { raw: c.schoolMiles, normalised: proximityValue(c.schoolMiles, policy.nearSchoolMiles), detail: `${c.schoolMiles} miles from school` };
    case 'within-placing-council':
      return { raw: c.councilRelation, normalised: councilValue(c.councilRelation, policy), detail: councilDetail(prepared, c) };
    case 'siblings-together':
      return counted(c.takesChildIds.length, prepared.childIds.length, (m, n) => `Takes ${m} of the ${n} children`);
    case 'disability-needs':
      return counted(needsMet(prepared.needs, h), prepared.needs.length, (m, n) => `Meets ${m} of ${n} disability needs`);
    case 'shortage-category-fit':
      return counted(shortageMatches(prepared.shortageNeeded, h), prepared.shortageNeeded.length, (m, n) => `Approved or experienced for ${m} of ${n} shortage categories`);
    case 'language-religion-culture':
      return counted(identityMatches(prepared.referral, h), prepared.identityStated, (m, n) => `Shares ${m} of ${n}: language, religion, culture (as stated)`);
    case 'carer-experience':
      return { raw: h.yearsFostering, normalised: experienceValue(h.yearsFostering, policy), detail: `${h.yearsFostering} years fostering` };
    case 'weekly-cost':
      return { raw: h.weeklyCostPounds, normalised: costValue(h.weeklyCostPounds, policy), detail: `£${h.weeklyCostPounds} a week` };
    case 'within-terms':
      if (c.outsideTerms.length === 0) return { raw: 'within', normalised: 1, detail: 'Within the terms of approval' };
      return { raw: 'outside', normalised: 0, detail: `Outside the terms of approval (${c.outsideTerms.join(', ')})` };
  }
}

function counted(matched: number, of: number, describe: (matched: number, of: number) => string): Measured {
  return of === 0 ? { raw: null, normalised: 0, detail: 'Not asked for' } : { raw: matched, normalised: matched / of, detail: describe(matched, of) };
}

function councilDetail(prepared: PreparedReferral, c: Candidate): string {
  const placing = councilName(prepared, prepared.referral.placingCouncilCode);
  if (c.councilRelation === 'inside') return `Inside ${placing}`;
  const home = councilName(prepared, c.household.councilCode);
  return c.councilRelation === 'adjoining' ? `In ${home}, which adjoins ${placing}` : `In ${home}, at a distance from ${placing}`;
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
