/**
 * The day `jospar preview` runs on when no --today is given: today, when today falls inside the plan's academic year;
 * otherwise that year's first day, so that a plan of another year (the embedded 2025-2026 plan, late in 2026) is
 * previewed whole, as its department saw it on 1 September, rather than with every date already past.
 */
import { planYear } from '../../core/calendar/dates';

export function previewDay(academicYear: string, todayIso: string): string {
  const year = planYear(academicYear);
  if (!year) return todayIso;
  return todayIso >= year.start && todayIso <= year.end ? todayIso : year.start;
}
