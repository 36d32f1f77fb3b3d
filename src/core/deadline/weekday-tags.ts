/**
 * Weekday tags beside a date ("Mon, March 2 – Fri, March 6", "Mar 2 (M) – Mar 6 (F)", "Oct 14-15 Thu-Fri"): the date
 * says the day, the tag only repeats it. They become spaces in the folded text (same length, so offsets hold) before
 * the rules run, so a range reads as one range. A weekday that is not beside a date ("every Friday") is left alone.
 */
import { foldPattern } from './fold';
import { MONTH } from './lexicon';
import { foldedRegExp, lazy } from './regex';

const DAY_NAME =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
const DAY_SPAN = `${DAY_NAME}(?:\\s*-\\s*${DAY_NAME})?`;
/** One-letter and two-letter tags in brackets, as US calendars print them: (M), (T), (W), (R), (F), (Tu), (Th). */
const BRACKET_TAG = `\\(\\s*(?:m|t|w|r|f|s|u|tu|th|sa|su|${DAY_SPAN})\\s*\\)`;

/** Russian and Kazakh weekdays, full and short, as schedules bracket them after a date: "(понедельник)", "(жұма)". */
const CYRILLIC_DAY =
  '(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|' +
  'дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\\.?';

const TAGS = lazy(() =>
  foldedRegExp(
    // Before a date: "Mon, March 2", "Friday, Sept. 6", "Wed 10/15".
    `(?<![\\p{L}\\d])${DAY_SPAN}\\s*,?\\s*(?=${MONTH}|\\d)` +
      // After a date: "March 2 (M)", "Oct 14-15 Thu-Fri", "Mar 22-24, Wed-Fri".
      `|(?<=\\d\\.?\\s*,?\\s*)(?:${BRACKET_TAG}|${DAY_SPAN}(?![\\p{L}]))` +
      // "02 ноября 2025 года (воскресенье)", "2 қараша 2025 ж. (жексенбі)".
      foldPattern(`|(?<=(?:\\d|год\\p{L}*|г\\.|жыл\\p{L}*|ж\\.)\\s*)\\(\\s*${CYRILLIC_DAY}\\s*\\)`),
    'g',
  ),
);

/**
 * Blanks the tags in the folded text and in its copy with month placeholders (months.ts), which the expression reads:
 * "before a month" is a placeholder there.
 */
export function blankWeekdayTags(folded: string, months: string | null): { text: string; months: string | null } {
  if (!/[a-z(]/.test(folded)) return { text: folded, months };
  let text = folded;
  const withMonths = (months ?? folded).replace(TAGS(), (tag: string, ...rest: unknown[]) => {
    const at = rest[rest.length - 2] as number;
    text = text.slice(0, at) + ' '.repeat(tag.length) + text.slice(at + tag.length);
    return ' '.repeat(tag.length);
  });
  return { text, months: months === null ? null : withMonths };
}
