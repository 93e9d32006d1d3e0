import { londonDate, type CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { ShortageCategory } from '../recruitment/fostering-interest';
import type { CouncilCode } from '../shared/brand';
import type { Admission } from './admission';
import { boundingBox, type BoundingBox } from './bounding-box';
import type { ChildNeed } from './child-needs';
import { preparePoint, type PreparedPoint } from './distance';
import type { MatchingPolicy } from './matching-policy';
import type { ChildId, HouseholdId } from './matching-ids';
import type { ExclusionZone, Referral } from './referral';
import { SCORE_FACTORS, type FactorWeights, type ScoreFactor } from './score-factors';
import { EMERGENCY_OUTSIDE_TERMS_WORKING_DAYS } from './terms-of-approval';

/** What a search needs besides the referral. */
export interface MatchContext {
  readonly now: Date;
  readonly calendar: WorkingDayCalendar;
  readonly policy: MatchingPolicy;
  /** Councils adjoining the placing council, including pairs an operator added (e.g. across an estuary). */
  readonly adjoiningCouncils: ReadonlySet<CouncilCode>;
  /** Council names for the reason line; a council without one is shown by its code. */
  readonly councilNames?: ReadonlyMap<CouncilCode, string>;
}

/** An exclusion zone's centre with its trigonometry done once, and a box that surely holds the zone. */
export interface PreparedZone extends PreparedPoint {
  readonly radiusMiles: number;
  readonly box: BoundingBox;
}

/** More than the half-tenth of a mile that rounding to one decimal place can take off a distance. */
const ZONE_BOX_MARGIN_MILES = 0.1;

/** A referral with everything that does not depend on the household worked out once per search. */
export interface PreparedReferral {
  readonly referral: Referral;
  readonly context: MatchContext;
  /** The London calendar date of the search. */
  readonly today: CalendarDate;
  /** Reg 23: the last day an emergency placement outside a carer's terms may last; null if not an emergency. */
  readonly emergencyUntil: CalendarDate | null;
  readonly home: PreparedPoint;
  readonly school: PreparedPoint | null;
  readonly zones: readonly PreparedZone[];
  readonly connected: ReadonlySet<HouseholdId>;
  readonly childIds: readonly ChildId[];
  /** Every referred child as a set (bit i is child i). */
  readonly allChildren: number;
  /** The admission of most eligible homes, shared so that admitting them allocates nothing. */
  readonly wholeGroupWithinTerms: Admission;
  /** Shortage categories across the children; a group of two or more is a sibling group. */
  readonly shortageNeeded: readonly ShortageCategory[];
  readonly needs: readonly ChildNeed[];
  /** How many of language, religion and culture the referral states. */
  readonly identityStated: number;
  readonly applies: Readonly<Record<ScoreFactor, boolean>>;
  /** Weights scaled so the factors that apply to this referral sum to 100; the others are 0. */
  readonly points: FactorWeights;
}

/** Children sets are bit masks, so a referral names at most this many children. */
export const MAX_CHILDREN_PER_REFERRAL = 30;

/** Works out once what every household in a search is measured against. */
export function prepareReferral(referral: Referral, context: MatchContext): PreparedReferral {
  const count = referral.children.length;
  if (count < 1 || count > MAX_CHILDREN_PER_REFERRAL) throw new RangeError(`a referral needs 1 to ${MAX_CHILDREN_PER_REFERRAL} children`);
  const today = londonDate(context.now);
  const needed = referralNeeds(referral);
  const applies = factorsThatApply(referral, needed);
  const childIds = referral.children.map((c) => c.id);
  return {
    referral,
    context,
    today,
    emergencyUntil: referral.emergency ? context.calendar.addWorkingDays(today, EMERGENCY_OUTSIDE_TERMS_WORKING_DAYS) : null,
    home: preparePoint(referral.familyHome),
    school: referral.school ? preparePoint(referral.school) : null,
    zones: referral.exclusionZones.map(prepareZone),
    connected: new Set(referral.connectedPersonHouseholdIds),
    childIds,
    allChildren: 2 ** count - 1,
    wholeGroupWithinTerms: Object.freeze({ eligible: true, takesChildIds: childIds, outsideTerms: [] }),
    ...needed,
    applies,
    points: scaleWeights(context.policy.weights, applies),
  };
}

function prepareZone(zone: ExclusionZone): PreparedZone {
  return { ...preparePoint(zone.centre), radiusMiles: zone.radiusMiles, box: boundingBox(zone.centre, zone.radiusMiles + ZONE_BOX_MARGIN_MILES) };
}

type ReferralNeeds = Pick<PreparedReferral, 'shortageNeeded' | 'needs' | 'identityStated'>;

function referralNeeds(referral: Referral): ReferralNeeds {
  const shortageNeeded = [...new Set(referral.children.flatMap((c) => c.shortageCategories))];
  if (referral.children.length > 1 && !shortageNeeded.includes('sibling-groups')) shortageNeeded.push('sibling-groups');
  const stated = [referral.languages.length > 0, referral.religion !== null, referral.culturalBackground !== null];
  return {
    shortageNeeded,
    needs: [...new Set(referral.children.flatMap((c) => c.needs))],
    identityStated: stated.filter(Boolean).length,
  };
}

function factorsThatApply(referral: Referral, needed: ReferralNeeds): Record<ScoreFactor, boolean> {
  return {
    'near-family-home': true,
    'near-school': referral.school !== null,
    'within-placing-council': true,
    'siblings-together': referral.children.length > 1,
    'disability-needs': needed.needs.length > 0,
    'shortage-category-fit': needed.shortageNeeded.length > 0,
    'language-religion-culture': needed.identityStated > 0,
    'carer-experience': true,
    'weekly-cost': true,
    // Only an emergency may go outside the terms, so only then does being within them tell homes apart.
    'within-terms': referral.emergency,
  };
}

function scaleWeights(weights: FactorWeights, applies: Record<ScoreFactor, boolean>): FactorWeights {
  const total = SCORE_FACTORS.reduce((sum, f) => sum + (applies[f] ? weights[f] : 0), 0);
  const scale = total > 0 ? 100 / total : 0;
  return Object.fromEntries(SCORE_FACTORS.map((f) => [f, applies[f] ? weights[f] * scale : 0])) as Record<ScoreFactor, number>;
}
