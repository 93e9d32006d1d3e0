import { addDays, addMonths, endOfLondonDay, londonDate, type CalendarDate } from '../calendar/calendar-date';
import { isOpenStage } from '../recruitment/funnel';
import type { FollowUpFacts, FollowUpPolicy } from './follow-up-facts';
import type { FollowUpKind } from './follow-up-kind';

/** One follow-up that should exist for an applicant now, and when it is due. */
export interface PlannedFollowUp {
  readonly kind: FollowUpKind;
  readonly sequence: number;
  readonly dueAt: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Team reminders land at the start of the working day, not at midnight. */
const WORKING_DAY_STARTS_AT_HOUR = 9;

/**
 * Every follow-up an applicant should have, given where they stand now. Worked out afresh on
 * intake, whenever their record changes, and when each follow-up comes due: a follow-up that is
 * no longer in the plan when due is not needed any more (see decideFollowUp).
 */
export function planFollowUps(facts: FollowUpFacts, policy: FollowUpPolicy): PlannedFollowUp[] {
  if (!isOpenStage(facts.stage)) return [];
  const enquiredAt = facts.milestones.enquiredAt;
  const plan: PlannedFollowUp[] = [{ kind: 'acknowledge-email', sequence: 1, dueAt: enquiredAt }];
  if (facts.wantsSms) plan.push({ kind: 'acknowledge-sms', sequence: 1, dueAt: enquiredAt });
  if (facts.stage === 'enquiry-received') plan.push(...firstContact(facts, policy));
  if (facts.stage === 'initial-visit') plan.push(...applicationNudges(facts, policy));
  plan.push(...deadlineWarnings(facts, policy));
  return plan;
}

/** Remind the team on the morning first contact is due, escalate once it is overdue, and chase unanswered attempts. */
function firstContact(facts: FollowUpFacts, policy: FollowUpPolicy): PlannedFollowUp[] {
  const { calendar, levels } = policy;
  const enquiredAt = facts.milestones.enquiredAt;
  const dueBy = calendar.dueBy(enquiredAt, levels.firstContactWorkingDays);
  const plan: PlannedFollowUp[] = [
    { kind: 'first-contact-reminder', sequence: 1, dueAt: later(enquiredAt, morningOf(lastDayBefore(dueBy))) },
    { kind: 'first-contact-escalation', sequence: 1, dueAt: dueBy },
  ];
  const attempts = facts.unansweredContactAttempts;
  if (attempts >= 1 && attempts < levels.minimumContactAttempts && facts.lastUnansweredAttemptAt) {
    const nextDay = calendar.addWorkingDays(londonDate(facts.lastUnansweredAttemptAt), 1);
    plan.push({ kind: 'next-contact-attempt', sequence: attempts, dueAt: morningOf(nextDay) });
  }
  return plan;
}

/** A started application with no progress is nudged; the team hears before its link runs out. */
function applicationNudges(facts: FollowUpFacts, policy: FollowUpPolicy): PlannedFollowUp[] {
  const { link, application } = facts;
  if (!link || application?.submitted) return [];
  const lastProgress = application && application.lastProgressAt > link.createdAt ? application.lastProgressAt : link.createdAt;
  const plan: PlannedFollowUp[] = policy.stalledNudgeDays.map((days, i) => ({
    kind: 'application-stalled' as const, sequence: i + 1, dueAt: new Date(lastProgress.getTime() + days * DAY),
  }));
  if (!link.revoked) {
    const warnAt = later(link.createdAt, new Date(link.expiresAt.getTime() - policy.linkExpiryWarningDays * DAY));
    plan.push({ kind: 'application-link-expiring', sequence: link.sequence, dueAt: warnAt });
  }
  return plan;
}

/** Warn the team ahead of the stage 1 decision, panel and decision deadlines while each is still ahead. */
function deadlineWarnings(facts: FollowUpFacts, policy: FollowUpPolicy): PlannedFollowUp[] {
  const { stage, milestones } = facts;
  const { calendar, levels } = policy;
  const plan: PlannedFollowUp[] = [];
  const warn = (kind: FollowUpKind, deadline: Date, days: number) =>
    plan.push({ kind, sequence: 1, dueAt: new Date(deadline.getTime() - days * DAY) });
  if (stage === 'stage-1' && milestones.checksCompletedAt) {
    warn('stage-1-decision-warning', calendar.dueBy(milestones.checksCompletedAt, levels.stage1DecisionWorkingDays), policy.deadlineWarningDays);
  }
  const awaitingPanel = ['application-submitted', 'stage-1', 'stage-2'].includes(stage) || (stage === 'panel' && !milestones.panelDate);
  if (awaitingPanel && milestones.applicationSubmittedAt) {
    const panelDue = endOfLondonDay(addMonths(londonDate(milestones.applicationSubmittedAt), levels.panelWithinMonths));
    warn('panel-warning', panelDue, policy.panelWarningDays);
  }
  if (stage === 'panel' && milestones.panelDate) {
    warn('decision-warning', calendar.dueBy(milestones.panelDate, levels.decisionAfterPanelWorkingDays), policy.deadlineWarningDays);
  }
  return plan;
}

/** 09:00 London time on a calendar day. */
function morningOf(day: CalendarDate): Date {
  return new Date(endOfLondonDay(addDays(day, -1)).getTime() + WORKING_DAY_STARTS_AT_HOUR * HOUR);
}

/** The London day a "due by" instant (the end of a day) closes. */
function lastDayBefore(dueBy: Date): CalendarDate {
  return londonDate(new Date(dueBy.getTime() - 1));
}

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
