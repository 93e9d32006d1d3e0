import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { addMonths, type CalendarDate } from '../calendar/calendar-date';
import { dueNext, isOverdue, type FunnelMilestones } from './recruitment-deadlines';
import { DEFAULT_SERVICE_LEVELS } from './service-levels';

const calendar = new WorkingDayCalendar();
const at = (iso: string) => new Date(iso);
const base: FunnelMilestones = { enquiredAt: at('2026-11-20T10:00:00Z'), applicationSubmittedAt: null, checksCompletedAt: null, panelDate: null };
const due = (stage: Parameters<typeof dueNext>[0], milestones: Partial<FunnelMilestones> = {}) =>
  dueNext(stage, { ...base, ...milestones }, DEFAULT_SERVICE_LEVELS, calendar);

describe('what is due next for an applicant', () => {
  it('expects first contact by the end of the next working day (a Friday enquiry: end of Monday)', () => {
    expect(due('enquiry-received')).toEqual({ kind: 'first-contact', dueBy: at('2026-11-24T00:00:00Z') });
  });

  it('expects an initial visit within 5 working days of the enquiry once contact is made', () => {
    expect(due('contacted')).toEqual({ kind: 'initial-visit', dueBy: at('2026-11-28T00:00:00Z') });
  });

  it('owes nothing after the initial visit until the applicant applies', () => {
    expect(due('initial-visit')).toBeNull();
  });

  it('expects a panel within 8 months of the application, in London time (BST in July)', () => {
    expect(due('application-submitted', { applicationSubmittedAt: at('2026-11-30T12:00:00Z') }))
      .toEqual({ kind: 'panel', dueBy: at('2027-07-30T23:00:00Z') });
    expect(due('stage-2', { applicationSubmittedAt: at('2026-11-30T12:00:00Z') })?.kind).toBe('panel');
  });

  it('expects the stage 1 decision within 10 working days once the checks are complete', () => {
    expect(due('stage-1', { applicationSubmittedAt: at('2026-11-02T12:00:00Z'), checksCompletedAt: at('2026-12-18T12:00:00Z') }))
      .toEqual({ kind: 'stage-1-decision', dueBy: at('2027-01-07T00:00:00Z') });
  });

  it('falls back to the panel deadline in stage 1 while checks are still running', () => {
    expect(due('stage-1', { applicationSubmittedAt: at('2026-11-02T12:00:00Z') })?.kind).toBe('panel');
  });

  it('expects the decision within 7 working days of the panel', () => {
    expect(due('panel', { applicationSubmittedAt: at('2026-03-02T12:00:00Z'), panelDate: at('2026-11-23T09:00:00Z') }))
      .toEqual({ kind: 'decision', dueBy: at('2026-12-03T00:00:00Z') });
  });

  it.each(['approved', 'withdrawn', 'not-approved', 'closed-no-contact'] as const)('owes nothing once %s', (stage) => {
    expect(due(stage)).toBeNull();
  });

  it('honours a service\'s own service levels', () => {
    const faster = { ...DEFAULT_SERVICE_LEVELS, firstContactWorkingDays: 0 };
    expect(dueNext('enquiry-received', base, faster, calendar)?.dueBy).toEqual(at('2026-11-21T00:00:00Z'));
  });

  it('is overdue only once the due instant has passed', () => {
    const first = due('enquiry-received');
    expect(isOverdue(first, at('2026-11-23T23:59:59Z'))).toBe(false);
    expect(isOverdue(first, at('2026-11-24T00:00:00Z'))).toBe(true);
    expect(isOverdue(null, at('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-30', 8, '2027-07-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-06-30', 8, '2028-02-29'],
    ['2026-05-15', 12, '2027-05-15'],
  ])('%s + %i months is %s', (from, months, expected) => {
    expect(addMonths(from as CalendarDate, months)).toBe(expected);
  });
});
