import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { FunnelStage } from '../recruitment/funnel';
import type { FunnelMilestones } from '../recruitment/recruitment-deadlines';
import type { RecruitmentServiceLevels } from '../recruitment/service-levels';

/** What the follow-up rules need to know about one applicant, read fresh whenever they run. */
export interface FollowUpFacts {
  readonly stage: FunnelStage;
  readonly milestones: FunnelMilestones;
  /** They asked to be contacted by text message: the acknowledgement goes by SMS too. */
  readonly wantsSms: boolean;
  readonly unansweredContactAttempts: number;
  readonly lastUnansweredAttemptAt: Date | null;
  /** The application form, once started: its last saved change counts as progress. */
  readonly application: { readonly lastProgressAt: Date; readonly submitted: boolean } | null;
  /** The newest application link: `sequence` is how many links the applicant has had. */
  readonly link: { readonly sequence: number; readonly createdAt: Date; readonly expiresAt: Date; readonly revoked: boolean } | null;
}

/** The configurable service levels and the calendar they count on, plus when to nudge and warn. */
export interface FollowUpPolicy {
  readonly levels: RecruitmentServiceLevels;
  readonly calendar: WorkingDayCalendar;
  /** Days without progress after which a started application is nudged (7 and 14 by default). */
  readonly stalledNudgeDays: readonly number[];
  /** Days before an application link expires that the team is told. */
  readonly linkExpiryWarningDays: number;
  /** Days before the stage 1 and decision deadlines that the team is warned. */
  readonly deadlineWarningDays: number;
  /** Days before the panel deadline that the team is warned (panels are booked weeks ahead). */
  readonly panelWarningDays: number;
}

export const DEFAULT_FOLLOW_UP_TIMINGS = {
  stalledNudgeDays: [7, 14],
  linkExpiryWarningDays: 3,
  deadlineWarningDays: 2,
  panelWarningDays: 14,
} as const;

/**
 * A compact fingerprint of the policy: when the service levels change, every open plan made under
 * the old fingerprint is worked out again, which reschedules what is pending.
 */
export function policyFingerprint(policy: FollowUpPolicy): string {
  const l = policy.levels;
  return [l.firstContactWorkingDays, l.initialVisitWorkingDays, l.stage1DecisionWorkingDays, l.panelWithinMonths,
    l.decisionAfterPanelWorkingDays, l.minimumContactAttempts, policy.stalledNudgeDays.join('+'), policy.linkExpiryWarningDays,
    policy.deadlineWarningDays, policy.panelWarningDays].join('.');
}
