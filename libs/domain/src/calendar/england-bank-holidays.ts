import { addDays, calendarDate, dayOfWeek, type CalendarDate } from './calendar-date';

/**
 * Bank holidays in England and Wales, computed from the Banking and Financial Dealings Act
 * rules, with the one-off changes proclaimed since 2020. Operators add further proclaimed
 * days through configuration rather than waiting for a release.
 */
const ONE_OFF_ADDED = ['2022-06-03', '2022-09-19', '2023-05-08'];
/** Regular days moved by proclamation: the usual date is not a holiday that year. */
const MOVED: Record<string, string> = { '2020-05-04': '2020-05-08', '2022-05-30': '2022-06-02' };

function easterSunday(year: number): CalendarDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

function firstMonday(year: number, month: number): CalendarDate {
  const first = calendarDate(year, month, 1);
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const last = addDays(calendarDate(year, month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** New Year's Day moves to Monday when it falls at a weekend. */
function newYearsHoliday(year: number): CalendarDate {
  const day = calendarDate(year, 1, 1);
  const dow = dayOfWeek(day);
  return dow === 6 ? addDays(day, 2) : dow === 0 ? addDays(day, 1) : day;
}

/** Christmas and Boxing Day, with substitute days when either falls at a weekend. */
function christmasHolidays(year: number): CalendarDate[] {
  const christmas = calendarDate(year, 12, 25);
  switch (dayOfWeek(christmas)) {
    case 5: return [christmas, addDays(christmas, 3)]; // Fri: Boxing Day Sat → Mon 28
    case 6: return [addDays(christmas, 2), addDays(christmas, 3)]; // Sat: Mon 27, Tue 28
    case 0: return [addDays(christmas, 1), addDays(christmas, 2)]; // Sun: Mon 26 (Boxing Day), Tue 27
    default: return [christmas, addDays(christmas, 1)];
  }
}

export function englandBankHolidays(year: number): CalendarDate[] {
  const easter = easterSunday(year);
  const regular = [
    newYearsHoliday(year), addDays(easter, -2), addDays(easter, 1), firstMonday(year, 5), lastMonday(year, 5),
    lastMonday(year, 8), ...christmasHolidays(year),
  ].map((day) => (MOVED[day] ?? day) as CalendarDate);
  const extra = ONE_OFF_ADDED.filter((day) => day.startsWith(`${year}-`)) as CalendarDate[];
  return [...regular, ...extra].sort();
}
