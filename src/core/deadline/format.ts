/**
 * Dates for documents and mail, the way each language writes them in official text:
 *   kk  "2025 жылғы 28 тамыз", and with the dative a template needs before "дейін": "2025 жылғы 28 тамызға"
 *   ru  "28 августа 2025 г."
 *   en  "28 August 2025"
 */
import { parseIso, type IsoDate } from '../calendar/dates';
import type { Lang } from '../i18n/lang';

const KK = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
/** Dative by vowel harmony and the final sound (қыркүйек → қыркүйекке, шілде → шілдеге). */
const KK_DATIVE = [
  'қаңтарға',
  'ақпанға',
  'наурызға',
  'сәуірге',
  'мамырға',
  'маусымға',
  'шілдеге',
  'тамызға',
  'қыркүйекке',
  'қазанға',
  'қарашаға',
  'желтоқсанға',
];
const RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** English month names, January first (also what SimpleDateFormat's MMMM prints in the emulated formatDate). */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type KazakhCase = 'nominative' | 'dative';

export function formatLongDate(date: IsoDate, lang: Lang, kkCase: KazakhCase = 'nominative'): string {
  const { y, m, d } = parseIso(date);
  if (lang === 'ru') return `${d} ${RU_GENITIVE[m - 1]} ${y} г.`;
  if (lang === 'en') return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
  return `${y} жылғы ${d} ${(kkCase === 'dative' ? KK_DATIVE : KK)[m - 1]}`;
}

/** "28 тамызға дейін" / "до 28 августа 2025 г." / "by 28 August 2025". */
export function formatDueBy(date: IsoDate, lang: Lang): string {
  if (lang === 'ru') return `до ${formatLongDate(date, 'ru')}`;
  if (lang === 'en') return `by ${formatLongDate(date, 'en')}`;
  return `${formatLongDate(date, 'kk', 'dative')} дейін`;
}
