/**
 * A date on the calendar in England ("2026-12-25"), without a time. Deadlines in the
 * fostering regulations count whole working days in English local time, so instants are
 * converted to a London calendar date before any counting.
 */
export type CalendarDate = string & { readonly __calendarDate: true };

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10) as CalendarDate;
}

export function parseCalendarDate(text: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const [y, m, d] = text.split('-').map(Number);
  return calendarDate(y, m, d) === text ? (text as CalendarDate) : null;
}

/** The London calendar date of an instant (BST and GMT handled by the time-zone database). */
export function londonDate(instant: Date): CalendarDate {
  return LONDON.format(instant) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as CalendarDate;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The instant a London calendar day ends (the first instant of the next day), for "due by" times. */
export function endOfLondonDay(date: CalendarDate): Date {
  const next = addDays(date, 1);
  // Midnight London is 00:00 UTC in winter and 23:00 UTC the day before in summer.
  const utcMidnight = new Date(`${next}T00:00:00Z`);
  return londonDate(new Date(utcMidnight.getTime() - 3_600_000)) === next ? new Date(utcMidnight.getTime() - 3_600_000) : utcMidnight;
}

/** The same day n calendar months later, or the month's last day if it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return calendarDate(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay));
}
