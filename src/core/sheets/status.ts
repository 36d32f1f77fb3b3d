import type { Lang, Text } from '../i18n/lang';

export type Status = 'planned' | 'in-progress' | 'done' | 'late' | 'cancelled' | 'submitted';

export const STATUS_LABELS: Record<Status, Text> = {
  planned: { kk: 'Жоспарланған', ru: 'Запланировано', en: 'planned' },
  'in-progress': { kk: 'Орындалуда', ru: 'В работе', en: 'in progress' },
  done: { kk: 'Орындалды', ru: 'Выполнено', en: 'done' },
  // "Мерзімі өткен" (its term passed): the participle Kazakh uses for overdue (мерзімі өткен берешек, overdue debt),
  // beside Жоспарланған; "Кешіктірілді" says someone delayed it.
  late: { kk: 'Мерзімі өткен', ru: 'Просрочено', en: 'overdue' },
  cancelled: { kk: 'Тоқтатылды', ru: 'Отменено', en: 'cancelled' },
  // Reported done by someone a keeper confirms (Settings doneReview): not done until confirmed. Last, so the Overview's
  // earlier columns (and their chart colours) keep their places.
  submitted: { kk: 'Тексеруге жіберілді', ru: 'На проверке', en: 'submitted for review' },
};

/** Labels an older Jospar wrote, still read. */
const OLD_LABELS: Partial<Record<Status, string[]>> = { late: ['Кешіктірілді', 'Мерзімі өтті', 'late'] };

/**
 * The word a Status cell should show in `lang` when it names a status another way (another language, an older label,
 * other case); null when it already shows it, is blank, or is not a status.
 */
export function statusRelabel(cell: string, lang: Lang): string | null {
  if (!cell.trim()) return null;
  const s = parseStatus(cell);
  return s && STATUS_LABELS[s][lang] !== cell.trim() ? STATUS_LABELS[s][lang] : null;
}

export const STATUSES = Object.keys(STATUS_LABELS) as Status[];

export function statusLabels(lang: Lang): string[] {
  return STATUSES.map((s) => STATUS_LABELS[s][lang]);
}

/** Every word a Status cell may hold (three languages, older labels), lower-cased: read once, looked up per cell. */
const BY_WORD = new Map<string, Status>(
  STATUSES.flatMap((s) =>
    [...Object.values(STATUS_LABELS[s]), ...(OLD_LABELS[s] ?? [])].map((l) => [l.toLowerCase(), s]),
  ),
);

/** Reads a Status cell in any of the three languages; blank means planned. */
export function parseStatus(cell: string): Status | null {
  const v = cell.trim().toLowerCase();
  if (!v) return 'planned';
  return BY_WORD.get(v) ?? null;
}
