import type { AcademicPeriod, PeriodKind } from './academic-calendar';
import { isIsoDate } from './dates';
import { codeOf, word, type Word } from '../i18n/words';

const kind = (code: PeriodKind, kk: string, ru: string, en: string): Word => word(code, kk, ru, en);

/** The Academic calendar's Kind column as people write it (its dropdown); the code stays what deadlines point at. */
export const PERIOD_KIND_WORDS: Word[] = [
  kind('academic-period', 'Академиялық кезең', 'Академический период', 'Academic period'),
  kind('exam-session', 'Емтихан сессиясы', 'Экзаменационная сессия', 'Exam session'),
  kind('liquidation', 'Ликвидациялық кезең', 'Ликвидационный период', 'Liquidation period'),
  kind('final-attestation', 'Қорытынды аттестаттау', 'Итоговая аттестация', 'Final attestation'),
  kind('summer-semester', 'Жазғы семестр', 'Летний семестр', 'Summer semester'),
  kind('registration', 'Тіркелу', 'Регистрация', 'Registration'),
  kind('holiday-break', 'Каникул', 'Каникулы', 'Holiday break'),
];

/** A Kind cell (a word in any language, or the code an older Jospar wrote) → its period kind, or null. */
export function periodKindOf(cell: string): PeriodKind | null {
  return codeOf(PERIOD_KIND_WORDS, cell) as PeriodKind | null;
}

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
    const kind = periodKindOf(cells.kind);
    if (!kind) {
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
