/**
 * The academic calendar estimate for any year: the 2025-2026 estimate's periods moved on (or back) by whole years,
 * same day and month. It stays an estimate (the sheet says so): the university's own calendar replaces it.
 */
import { DEFAULT_CALENDAR_2025_2026, type AcademicPeriod } from './academic-calendar';
import { daysInMonth, parseIso, ymd, type PlanYear } from './dates';

export function shiftYears(date: string, years: number): string {
  const { y, m, d } = parseIso(date);
  return ymd(y + years, m, Math.min(d, daysInMonth(y + years, m)));
}

export function calendarEstimate(year: PlanYear): AcademicPeriod[] {
  const by = year.startYear - 2025;
  if (by === 0) return DEFAULT_CALENDAR_2025_2026;
  return DEFAULT_CALENDAR_2025_2026.map((p) => ({
    ...p,
    start: shiftYears(p.start, by),
    end: shiftYears(p.end, by),
  }));
}
