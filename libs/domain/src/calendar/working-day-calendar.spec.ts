import { calendarDate, endOfLondonDay, londonDate, parseCalendarDate, type CalendarDate } from './calendar-date';
import { englandBankHolidays } from './england-bank-holidays';
import { WorkingDayCalendar } from './working-day-calendar';

const d = (text: string) => text as CalendarDate;

describe('englandBankHolidays', () => {
  it.each([
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2025, ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('matches the published list for %i', (year, expected) => {
    expect(englandBankHolidays(year)).toEqual(expected);
  });
});

describe('WorkingDayCalendar', () => {
  const sut = new WorkingDayCalendar();

  it.each([
    ['a Monday enquiry is due on Tuesday', '2026-11-23', 1, '2026-11-24'],
    ['a Friday enquiry is due on Monday', '2026-11-20', 1, '2026-11-23'],
    ['a Saturday enquiry is due on Monday', '2026-11-21', 1, '2026-11-23'],
    ['Christmas Eve (Thursday) skips Christmas, the weekend and Boxing Day\'s substitute', '2026-12-24', 1, '2026-12-29'],
    ['the year end rolls into January', '2026-12-31', 1, '2027-01-04'],
    ['Maundy Thursday skips Good Friday and Easter Monday', '2026-04-02', 1, '2026-04-07'],
    ['5 working days over a bank-holiday weekend', '2026-08-27', 5, '2026-09-04'],
    ['10 working days', '2026-11-23', 10, '2026-12-07'],
    ['0 working days on a working day is that day', '2026-11-23', 0, '2026-11-23'],
    ['0 working days at a weekend is the next working day', '2026-11-22', 0, '2026-11-23'],
  ])('%s', (_, from, n, due) => {
    expect(sut.addWorkingDays(d(from), n)).toBe(due);
  });

  it('counts configured closures as days off', () => {
    expect(new WorkingDayCalendar([d('2026-11-24')]).addWorkingDays(d('2026-11-23'), 1)).toBe('2026-11-25');
  });

  it('counts working days between two dates', () => {
    expect(sut.workingDaysBetween(d('2026-12-24'), d('2027-01-04'))).toBe(4);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => sut.addWorkingDays(d('2026-11-23'), -1)).toThrow();
    expect(() => sut.addWorkingDays(d('2026-11-23'), 1.5)).toThrow();
  });

  it('uses the London date of an instant: 23:30 UTC on a summer Friday is already Saturday in London', () => {
    expect(londonDate(new Date('2026-07-03T23:30:00Z'))).toBe('2026-07-04');
    expect(sut.dueBy(new Date('2026-07-03T23:30:00Z'), 1)).toEqual(new Date('2026-07-06T23:00:00Z'));
  });

  it('ends a winter London day at midnight UTC', () => {
    expect(endOfLondonDay(d('2026-11-24'))).toEqual(new Date('2026-11-25T00:00:00Z'));
    expect(sut.dueBy(new Date('2026-11-23T16:00:00Z'), 1)).toEqual(new Date('2026-11-25T00:00:00Z'));
  });
});

describe('calendar dates', () => {
  it('parses only real dates', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2027-02-29')).toBeNull();
    expect(parseCalendarDate('29/02/2028')).toBeNull();
    expect(calendarDate(2026, 12, 1)).toBe('2026-12-01');
  });
});
