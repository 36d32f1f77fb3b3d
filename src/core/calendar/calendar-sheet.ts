import { PERIOD_KINDS, type AcademicPeriod, type PeriodKind } from './academic-calendar';
import { isIsoDate } from './dates';

export interface CalendarRowInput {
  id: string;
  kind: string;
  start: string;
  end: string;
  kk: string;
  ru: string;
  en: string;
}

/** Reads the Academic calendar sheet's rows; rows that cannot be used are reported by sheet row number, never guessed.
 * */
export function readCalendarRows(rows: Array<{ row: number; cells: CalendarRowInput }>): {
  periods: AcademicPeriod[];
  problems: Array<{ row: number; message: string }>;
} {
  const periods: AcademicPeriod[] = [];
  const problems: Array<{ row: number; message: string }> = [];
  for (const { row, cells } of rows) {
    if (!cells.id.trim() && !cells.kind.trim() && !cells.start.trim()) continue;
    const kind = cells.kind.trim() as PeriodKind;
    if (!PERIOD_KINDS.includes(kind)) {
      problems.push({ row, message: `kind «${cells.kind}»` });
      continue;
    }
    if (!isIsoDate(cells.start) || !isIsoDate(cells.end) || cells.end < cells.start) {
      problems.push({ row, message: `dates «${cells.start}» – «${cells.end}»` });
      continue;
    }
    periods.push({
      id: cells.id.trim() || `row-${row}`,
      kind,
      start: cells.start,
      end: cells.end,
      name: { kk: cells.kk, ru: cells.ru, en: cells.en },
    });
  }
  return { periods, problems };
}
