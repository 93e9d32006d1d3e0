import { addDays, dayOfWeek, endOfLondonDay, londonDate, type CalendarDate } from './calendar-date';
import { englandBankHolidays } from './england-bank-holidays';

/**
 * Counts working days (Monday to Friday, not a bank holiday in England) for the statutory and
 * service-level clocks: "first contact within 1 working day" is due by the end of the first
 * working day after the enquiry arrived.
 */
export class WorkingDayCalendar {
  private readonly holidayCache = new Map<number, ReadonlySet<string>>();

  /** `extraClosures`: further days off (proclaimed holidays, a service's own closure days). */
  constructor(private readonly extraClosures: readonly CalendarDate[] = []) {}

  isWorkingDay(date: CalendarDate): boolean {
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6 && !this.holidays(Number(date.slice(0, 4))).has(date);
  }

  /** The nth working day after the given date (n = 0: the date itself if working, else the next). */
  addWorkingDays(from: CalendarDate, n: number): CalendarDate {
    if (!Number.isInteger(n) || n < 0) throw new Error('working days must be a whole number, 0 or more');
    let date = from;
    if (n === 0) {
      while (!this.isWorkingDay(date)) date = addDays(date, 1);
      return date;
    }
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted++;
    }
    return date;
  }

  /** When something that happened at `instant` is due, `n` working days later (end of that London day). */
  dueBy(instant: Date, n: number): Date {
    return endOfLondonDay(this.addWorkingDays(londonDate(instant), n));
  }

  /** Working days from one date to a later one (the first excluded, the last included). */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    let count = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (this.isWorkingDay(date)) count++;
    return count;
  }

  private holidays(year: number): ReadonlySet<string> {
    let set = this.holidayCache.get(year);
    if (!set) {
      set = new Set([...englandBankHolidays(year), ...this.extraClosures.filter((d) => d.startsWith(`${year}-`))]);
      this.holidayCache.set(year, set);
    }
    return set;
  }
}
