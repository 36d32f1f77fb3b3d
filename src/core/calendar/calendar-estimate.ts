/**
 * The academic calendar estimate for any year: the 2025-2026 estimate's periods moved on (or back) by whole years,
 * each day then to the nearest day of its own weekday. Universities begin periods on a Monday and end them on a
 * Saturday whatever the date (every 2025-2026 period does), so "same day and month" would begin 2026-2027's exam
 * session on a Tuesday and end its semester on a Sunday. 1 September stays 1 September: the academic year begins then
 * by law, whatever the weekday. It stays an estimate (the sheet says so): the university's own calendar replaces it.
 */
import { DEFAULT_CALENDAR_2025_2026, type AcademicPeriod } from './academic-calendar';
import { addDays, daysInMonth, parseIso, weekday, ymd, type IsoDate, type PlanYear } from './dates';

export function shiftYears(date: string, years: number): string {
  const { y, m, d } = parseIso(date);
  return ymd(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

/** `date` moved by whole years, then to the nearest day (at most 3 away) of the weekday it fell on. */
export function shiftYearsKeepingWeekday(date: IsoDate, years: number): IsoDate {
  const moved = shiftYears(date, years);
  if (date.slice(5) === '09-01') return moved;
  const ahead = (weekday(date) - weekday(moved) + 7) % 7;
  return addDays(moved, ahead <= 3 ? ahead : ahead - 7);
}

export function calendarEstimate(year: PlanYear): AcademicPeriod[] {
  const by = year.startYear - 2025;
  if (by === 0) return DEFAULT_CALENDAR_2025_2026;
  return DEFAULT_CALENDAR_2025_2026.map((p) => ({
    ...p,
    start: shiftYearsKeepingWeekday(p.start, by),
    end: shiftYearsKeepingWeekday(p.end, by),
  }));
}
