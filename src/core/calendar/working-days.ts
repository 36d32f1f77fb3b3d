import { addDays, isWeekend, parseIso, ymd, type IsoDate } from './dates';
import { FIXED_HOLIDAYS } from './holidays';

export type WorkingDayPolicy = 'previous' | 'next' | 'none';

export function isWorkingDay(date: IsoDate, daysOff: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !daysOff.has(date);
}

/** Moves a due date off weekends and days off: to the previous working day by default, as offices hand work in early.
 * */
export function toWorkingDay(date: IsoDate, daysOff: ReadonlySet<string>, policy: WorkingDayPolicy): IsoDate {
  if (policy === 'none') return date;
  const step = policy === 'previous' ? -1 : 1;
  let d = date;
  for (let i = 0; i < 31 && !isWorkingDay(d, daysOff); i++) d = addDays(d, step);
  return d;
}

/**
 * The days off that the law's fixed-date holidays give in a calendar year: a holiday on Saturday or Sunday moves its
 * day
 * off to the next working day that is not already off, except those the law does not carry (7 January). Movable feasts
 * (Kurban Ait) and the government's extra moves are not computable: they come from the holiday data.
 */
export function lawDaysOff(year: number): string[] {
  const off = new Set<string>();
  const holidays = FIXED_HOLIDAYS.map((h) => ({ ...h, date: ymd(year, h.month, h.day) }));
  for (const h of holidays) if (!isWeekend(h.date)) off.add(h.date);
  for (const h of holidays) {
    if (!isWeekend(h.date) || !h.carried) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || off.has(d) || holidays.some((o) => o.date === d)) d = addDays(d, 1);
    off.add(d);
  }
  return [...off].sort();
}

export function yearOf(date: IsoDate): number {
  return parseIso(date).y;
}
