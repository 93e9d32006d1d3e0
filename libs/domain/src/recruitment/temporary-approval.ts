import { addDays, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../shared/domain-error';

/**
 * A connected person (a relative or friend) may be approved temporarily to care for a named
 * child while their full assessment is done: for up to 16 weeks (Care Planning, Placement and
 * Case Review (England) Regulations 2010, reg 24), extendable once by up to 8 weeks (reg 25).
 */
export const TEMPORARY_APPROVAL_WEEKS = 16;
export const TEMPORARY_EXTENSION_WEEKS = 8;

export interface TemporaryApproval {
  readonly from: CalendarDate;
  /** The last day the approval has effect. */
  readonly until: CalendarDate;
  readonly extended: boolean;
}

/** A new temporary approval starting on `from`, for 16 weeks (its last day is the day before week 17 begins). */
export function grantTemporaryApproval(from: CalendarDate): TemporaryApproval {
  return { from, until: addDays(from, TEMPORARY_APPROVAL_WEEKS * 7 - 1), extended: false };
}

/** The one extension the regulations allow, of 8 weeks from the end of the first period; only while it still has effect. */
export function extendTemporaryApproval(approval: TemporaryApproval, today: CalendarDate): TemporaryApproval {
  if (approval.extended) {
    throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', 'A temporary approval can be extended only once (8 weeks)');
  }
  if (today > approval.until) {
    throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', `The temporary approval ended on ${approval.until}: it can no longer be extended`);
  }
  return { ...approval, until: addDays(approval.until, TEMPORARY_EXTENSION_WEEKS * 7), extended: true };
}
