/**
 * The days off of any academic year, computed: the law's fixed-date holidays with its carry-over rule (lawDaysOff)
 * plus the movable feasts from a table (Kurban Ait day 1 follows the lunar calendar and is fixed each year by decree,
 * so it cannot be computed here). The government's yearly decree may move further days: the result goes into
 * Settings as editable data and is marked there as computed.
 */
import type { PlanYear } from './dates';
import { DAYS_OFF_2025_2026 } from './holidays';
import { lawDaysOff } from './working-days';

/**
 * Kurban Ait day 1 (never carried to a working day), as shared/domain.md lists it: 2026 from the government's list,
 * later years approximate (about 11 days earlier each year). Editable in Settings → movableHolidays.
 */
export const MOVABLE_HOLIDAYS: string[] = ['2026-05-27', '2027-05-16', '2028-05-05', '2029-04-24', '2030-04-13'];

/** The 2025-2026 list is the government's own (with its moves); every other year is computed. */
export function daysOffFor(year: PlanYear, movable: readonly string[] = MOVABLE_HOLIDAYS): string[] {
  if (year.startYear === 2025) return [...DAYS_OFF_2025_2026];
  return computedDaysOff(year, movable);
}

export function computedDaysOff(year: PlanYear, movable: readonly string[] = MOVABLE_HOLIDAYS): string[] {
  const all = [...lawDaysOff(year.startYear), ...lawDaysOff(year.startYear + 1), ...movable];
  return [...new Set(all.filter((d) => d >= year.start && d <= year.end))].sort();
}
