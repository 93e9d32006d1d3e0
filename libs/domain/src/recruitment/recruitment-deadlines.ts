import { addMonths, endOfLondonDay, londonDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { FunnelStage } from './funnel';
import type { RecruitmentServiceLevels } from './service-levels';

/** The deadlines the recruitment clocks set, in the order an applicant meets them. */
export const DUE_KINDS = ['first-contact', 'initial-visit', 'stage-1-decision', 'panel', 'decision'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** The dates that start a recruitment clock, as far as they are known. */
export interface FunnelMilestones {
  readonly enquiredAt: Date;
  readonly applicationSubmittedAt: Date | null;
  readonly checksCompletedAt: Date | null;
  readonly panelDate: Date | null;
}

export interface DueNext {
  readonly kind: DueKind;
  readonly dueBy: Date;
}

/**
 * What is due next for an applicant at a stage, and by when. Closed records owe nothing; an
 * initial visit done but no application yet owes nothing either (the applicant decides).
 */
export function dueNext(
  stage: FunnelStage, milestones: FunnelMilestones, levels: RecruitmentServiceLevels, calendar: WorkingDayCalendar,
): DueNext | null {
  switch (stage) {
    case 'enquiry-received':
      return { kind: 'first-contact', dueBy: calendar.dueBy(milestones.enquiredAt, levels.firstContactWorkingDays) };
    case 'contacted':
      return { kind: 'initial-visit', dueBy: calendar.dueBy(milestones.enquiredAt, levels.initialVisitWorkingDays) };
    case 'application-submitted':
    case 'stage-1':
      if (stage === 'stage-1' && milestones.checksCompletedAt) {
        return { kind: 'stage-1-decision', dueBy: calendar.dueBy(milestones.checksCompletedAt, levels.stage1DecisionWorkingDays) };
      }
      return panelDue(milestones, levels);
    case 'stage-2':
      return panelDue(milestones, levels);
    case 'panel':
      if (!milestones.panelDate) return panelDue(milestones, levels);
      return { kind: 'decision', dueBy: calendar.dueBy(milestones.panelDate, levels.decisionAfterPanelWorkingDays) };
    default:
      return null;
  }
}

/** The panel must sit within so many months of the application (end of that London day). */
function panelDue(milestones: FunnelMilestones, levels: RecruitmentServiceLevels): DueNext | null {
  if (!milestones.applicationSubmittedAt) return null;
  const day = addMonths(londonDate(milestones.applicationSubmittedAt), levels.panelWithinMonths);
  return { kind: 'panel', dueBy: endOfLondonDay(day) };
}

/** Overdue once the due instant has passed. */
export function isOverdue(due: DueNext | null, now: Date): boolean {
  return due !== null && due.dueBy.getTime() <= now.getTime();
}
