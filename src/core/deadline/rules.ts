/**
 * The rules that find meaning in a folded deadline cell. Each rule is a regular expression with a handler; rules run
 * in order, most specific first, and each match masks its span so later rules cannot read it again. What no rule took
 * is checked for meaningful words afterwards (engine.ts).
 */
import { isValidYmd } from '../calendar/dates';
import { foldPattern } from './fold';
import { alternatives, foldedRegExp, lazy, leadingWords } from './regex';
import { holdsOneOf, wordSet, type TextIndex, type WordSet } from './word-index';
import {
  B,
  E,
  MONTH,
  monthNumber,
  NUMBER,
  numberValue,
  ORDINAL,
  ordinalValue,
  OFFSET_UNIT,
  UNIT_WORDS,
  offsetUnit,
  PERIOD_PHRASES,
  RELATIONS,
  ROMAN_QUARTER,
  romanValue,
  SEASON_WORDS,
  WEEKDAY,
  weekdayNumber,
  YEAR,
  YEAR_WORD,
  type Relation,
} from './lexicon';
import type { Component, DayOfYear, DeadlineIssue, Found, MonthDay, Offset, Season } from './types';

/** Masked text: consumed spans become this character, which no rule's letters, digits or separators match. */
export const MASK = '\u0001';

export interface ScanState {
  /** The folded text, with consumed spans masked. */
  text: string;
  /** The same with month names as placeholders (months.ts), which the rules naming a month read; null if none. */
  months: string | null;
  found: Found[];
  errors: DeadlineIssue[];
  warnings: DeadlineIssue[];
  input: string;
  numericDateOrder: 'day-month' | 'month-day';
  /** The pairs of letters `text` held before any rule masked it (word-index.ts): which words it may still hold. */
  index: TextIndex;
}

type Handler = (m: RegExpExecArray, s: ScanState) => Component | Component[] | null | undefined;

/**
 * A rule, and a cheap test of a word it cannot match without (most rules skip most cells at that price); rules whose
 * every hint alternative needs a digit are skipped at once in a cell with no digit (checked once per cell).
 */
interface Rule {
  source: string;
  handle: Handler;
  hintSource?: string;
  needsDigit: boolean;
  /** The rule names a month: it reads ScanState.months (the rest read the folded text, exactly as typed). */
  months: boolean;
  /** Compiled on the rule's first use (regex.ts says why). */
  re?: RegExp;
  /** The hint, built on first use: plain words looked up as substrings (no expression to compile), or an expression. */
  hint?: Hint | null;
}

/**
 * A hint: words, one of which the text must hold; or an expression, tried (and compiled) only when the text holds a
 * word it must start with (`pre`, null if it starts otherwise).
 */
type Hint = { words: WordSet | null } | { pre: WordSet | null; source: string; re?: RegExp };

/** A hint made only of words ("тоқсан|квартал|quarter") needs no regular expression: each word is a substring test. */
function hintOf(source: string): Hint {
  const folded = foldPattern(source);
  const words = alternatives(folded);
  if (words.every((w) => /^[a-z\u0430-\u044f ]+$/.test(w))) return { words: wordSet(words) };
  return { pre: wordSet(leadingWords(folded)), source: folded };
}

function hintHolds(hint: Hint, s: ScanState): boolean {
  if ('words' in hint) return holdsOneOf(s.text, hint.words, s.index);
  return holdsOneOf(s.text, hint.pre, s.index) && (hint.re ??= foldedRegExp(hint.source)).test(s.text);
}

function rule(source: string, handle: Handler, hint?: string): Rule {
  return {
    source,
    handle,
    hintSource: hint,
    months: source.includes(MONTH),
    needsDigit: !!hint && alternatives(hint).every((a) => a.includes('\\d')),
  };
}

/** Rules that read a whole clause start only where a clause starts, not at every letter. */
const CLAUSE = '(?:^|(?<=[,;.\\u0001]))';

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function dateOrError(s: ScanState, m: RegExpExecArray, y: number | null, mo: number, d: number): Component | null {
  if (!isValidYmd(y ?? 2024, mo, d)) {
    s.errors.push({
      code: 'impossible-date',
      start: m.index,
      end: m.index + m[0].length,
      text: s.input.slice(m.index, m.index + m[0].length),
    });
    return null;
  }
  return { t: 'date', y, m: mo, d };
}

/**
 * "03/04/2026": day-month, or month-day where the Settings say the US order. English text (no Cyrillic) read
 * day-month says the order is ambiguous, and reads month-day (with the same warning) where only that order is a date.
 */
function numericDate(s: ScanState, m: RegExpExecArray, y: number, a: number, b: number): Component | null {
  const english = m[0].includes('/') && !/[\u0430-\u044f]/.test(s.text);
  if (english && s.numericDateOrder === 'month-day') return dateOrError(s, m, y, a, b);
  if (english && a !== b && a <= 12 && b <= 31) {
    s.warnings.push({
      code: 'ambiguous-date-order',
      start: m.index,
      end: m.index + m[0].length,
      text: s.input.slice(m.index, m.index + m[0].length),
    });
    if (b > 12) return dateOrError(s, m, y, a, b);
  }
  return dateOrError(s, m, y, b, a);
}

const DAY = '(\\d{1,2})(?!\\d)(?:\\s*-\\s*\\p{L}+|st|nd|rd|th)?';
const YEAR_AHEAD = lazy(() => foldedRegExp(`^\\s*,?\\s*${YEAR}${YEAR_WORD}`));
const MONTH_AHEAD = lazy(() => foldedRegExp(`^\\s*(?:\\d{1,2}(?:\\s*-\\s*\\p{L}+)?\\s+)?${MONTH}`));

/**
 * A year written after a month ("сентябрь 2025", "October 2025") belongs to it, unless it is the leading year of the
 * next
 * element ("2025 ж. қазан 2026 ж. наурыз").
 */
function trailingYear(s: ScanState, at: number): { year: number; length: number } | null {
  const rest = (s.months ?? s.text).slice(at);
  const y = YEAR_AHEAD().exec(rest);
  if (!y) return null;
  if (MONTH_AHEAD().test(rest.slice(y[0].length))) return null;
  return { year: Number(y[1]), length: y[0].length };
}

/** Kazakh ablative ("10-нан", "қыркүйектен"): the start of a range written with no dash. */
const ABL = '(?:нан|нен|дан|ден|тан|тен)';
/** Between the two ends of a range: a dash, "to", "по", or a space after a Kazakh ablative. */
const RSEP = `(?:\\s*(?:-|${B}(?:to|по|till|until|through)${E})\\s*|(?<=${ABL})\\s+(?:бастап\\s+(?:-\\s*)?)?(?:келесі\\s+жылдың\\s+)?)`;
/** Between the two months of a month range. */
const MONTH_SEP = `(?:\\s*-\\s*|\\s+(?:по|through|to|until)\\s+|(?<=${ABL})\\s+(?:бастап\\s+)?)`;
/** Between the ends of a range a start word opened ("с 2 февраля до 13 февраля", "from June 1, but no later …"). */
const RSEP_AFTER_FROM = `(?:\\s+(?:до|until|to)\\s+|\\s*,?\\s*(?:but\\s+)?(?:no|not)\\s+later\\s+than\\s+)`;
/** "… мен … аралығында", "between … and …", "между … и …": the words around the two ends of a window. */
const AND_SEP = `\\s+(?:мен|and|и)\\s+`;
const BETWEEN_TAIL = `\\s+(?:аралығ\\p{L}*|арасында)`;
const FROM = `(?:${B}(?:from(?:\\s+the)?|с|со|between)\\s+)?`;
const YR = `(?:\\s*,?\\s*${YEAR}${YEAR_WORD})?`;
/** "2025 ж. 15 қыркүйек": a year written before the day. */
const LEAD_YEAR = `(?:${YEAR}${YEAR_WORD}\\s*)?`;
/** A day number with a case ending ("20-сына", "10-нан") or an English ordinal ("15th"). */
const DAYN = '(\\d{1,2})(?!\\d)(?:\\s*\\(\\s*\\d{1,2}\\s*\\))?(?:\\s*-\\s*\\p{L}+|st|nd|rd|th)?';
/** A day of the month then its month, a year before or after: groups year, day, month, year. */
const DM = `${LEAD_YEAR}(?<![\\d.])${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`;
/** A month then its day ("March 2", "Sept. 9, 2025"): groups month, day, year. */
const MD = `(${MONTH})\\s+${DAYN}${YR}`;
/** A dotted date, with or without its year; a case ending may follow ("30.04-ке"). */
const DOT = `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2})(?![\\d]))?(?![\\d])${YEAR_WORD}\\.?(?:\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`;

function ymdOf(y: string | undefined, m: number, d: string): DayOfYear {
  return { y: y ? fullYear(y) : null, m, d: Number(d) };
}

/** "28(29) февраля": the last day of February, whichever year it falls in. */
function lastOfFebruary(m: RegExpExecArray, x: DayOfYear): DayOfYear {
  return x.m === 2 && x.d === 28 && /28\s*\(\s*29\s*\)/.test(m[0]) ? { ...x, d: 29, clip: true } : x;
}

const dmOf = (m: RegExpExecArray, at: number): DayOfYear =>
  lastOfFebruary(m, ymdOf(m[at] ?? m[at + 3], monthNumber(m[at + 2]), m[at + 1]));
const mdOf = (m: RegExpExecArray, at: number): DayOfYear =>
  lastOfFebruary(m, ymdOf(m[at + 2], monthNumber(m[at]), m[at + 1]));

/** A range of days: one window, due at its end (Conventions.rangeDue). Invalid ends are errors, never moved. */
function rangeOrError(s: ScanState, m: RegExpExecArray, from: DayOfYear, to: DayOfYear): Component | null | undefined {
  if (from.m < 1 || from.m > 12 || to.m < 1 || to.m > 12) return undefined;
  const ok = (x: DayOfYear) => isValidYmd(x.y ?? 2024, x.m, x.d) || (!!x.clip && x.d === 29);
  if (!ok(from) || !ok(to)) return dateOrError(s, m, 2024, 2, 30);
  return { t: 'range', from, to };
}

const rangeRules = (): Rule[] => [
  // с 1 апреля до конца учебного года, 1 сәуірден бастап оқу жылының соңына дейін: a window to the plan year's end.
  rule(
    `(?:${B}(?:с|со|from)\\s+)?(?:${DM}|${MD})(?:\\s+бастап)?\\s+(?:до|until|to|by)?\\s*(?:the\\s+)?` +
      `(?:(?:конца|окончания)\\s+(?:учебного\\s+|текущего\\s+)?года|end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year|` +
      `(?:оқу\\s+)?жылының\\s+(?:соңына|аяғына)\\s+дейін)${E}`,
    (m) => ({ t: 'until-year-end', from: m[3] ? dmOf(m, 1) : mdOf(m, 5) }),
    'конца|окончания|end|сонына|аягына',
  ),
  // с 2 февраля до 13 февраля, с 10 января до 28(29) февраля, from June 1, but no later than July 1
  rule(
    `${B}(?:с|со|from)\\s+${DM}${RSEP_AFTER_FROM}${DM}`,
    (m, s) => rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)),
    'до|until|to|later',
  ),
  rule(
    `${B}(?:from)\\s+${MD}${RSEP_AFTER_FROM}${MD}`,
    (m, s) => rangeOrError(s, m, mdOf(m, 1), mdOf(m, 4)),
    'until|to|later',
  ),
  // 29 мамыр мен 10 маусым аралығында, between 2 March and 30 April, между 1 марта и 30 апреля
  rule(
    `${DM}${AND_SEP}${DM}${BETWEEN_TAIL}|${B}(?:between|между)\\s+${DM}${AND_SEP}${DM}`,
    (m, s) => (m[2] ? rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)) : rangeOrError(s, m, dmOf(m, 9), dmOf(m, 13))),
    'аралыг|арасында|between|между',
  ),
  // between March 2 and April 30
  rule(`${B}between\\s+${MD}${AND_SEP}${MD}`, (m, s) => rangeOrError(s, m, mdOf(m, 1), mdOf(m, 4)), 'between'),
  // 28.08.2024 – 29.08.2024, 01.09-15.09.2025, 01.09.2025-тен 15.09.2025-ке дейін
  rule(
    `${DOT}${RSEP}${DOT}`,
    (m, s) => rangeOrError(s, m, ymdOf(m[3], Number(m[2]), m[1]), ymdOf(m[6], Number(m[5]), m[4])),
    '\\d[./]\\d',
  ),
  // 15 қыркүйек – 20 қазан, 26 May to 30 June, с 28 марта 2021 г. по 4 апреля 2021 г., 15 қыркүйектен 20 қазанға
  rule(
    `${FROM}${LEAD_YEAR}(?<![\\d.])${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}${RSEP}${LEAD_YEAR}${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
    (m, s) => rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)),
    '[\\p{L}\\d]\\.?\\s*(?:-|to|по|till|until|through)\\s*\\d|(?:нан|нен|дан|ден|тан|тен)\\s+(?:бастап\\s+|келесі\\s+жылдың\\s+)?\\d',
  ),
  // between 1 and 15 September, между 1 и 15 сентября
  rule(
    `${B}(?:between|между)\\s+${DAYN}\\s+(?:and|и)\\s+${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
    (m, s) => {
      const mo = monthNumber(m[3]);
      return rangeOrError(s, m, ymdOf(undefined, mo, m[1]), ymdOf(m[4], mo, m[2]));
    },
    'between|между',
  ),
  // 10-25 қараша, 10-нан 25 қарашаға дейін, С 1 по 25 июня 2012 г., 14-19 October, 2025 жылғы 21-31 наурыз
  rule(
    `${FROM}${LEAD_YEAR}(?<![\\d.])${DAYN}${RSEP}${DAYN}\\s+(?:of\\s+)?(${MONTH})${YR}`,
    (m, s) => {
      const mo = monthNumber(m[4]);
      const y = m[1] ?? m[5];
      return rangeOrError(s, m, ymdOf(y, mo, m[2]), ymdOf(y, mo, m[3]));
    },
    '\\d\\s*(?:-\\s*(?:нан|нен|дан|ден|тан|тен)?|to|по|till|until|through)\\s*\\d',
  ),
  // December 18-January 30, from September 1 to December 20, Aug 20 – Dec 11
  rule(
    `${FROM}(${MONTH})\\s+${DAYN}${YR}${RSEP}(${MONTH})\\s+${DAYN}${YR}`,
    (m, s) => rangeOrError(s, m, ymdOf(m[3], monthNumber(m[1]), m[2]), ymdOf(m[6], monthNumber(m[4]), m[5])),
    '\\d\\s*(?:-|to|по|till|until|through)\\s*\\p{L}',
  ),
  // March 3-7, May 7 - 8, on December 16-17
  rule(
    `${FROM}(${MONTH})\\s+${DAYN}${RSEP}${DAYN}${YR}`,
    (m, s) => {
      const mo = monthNumber(m[1]);
      return rangeOrError(s, m, ymdOf(undefined, mo, m[2]), ymdOf(m[4], mo, m[3]));
    },
    '\\d\\s*(?:-\\s*(?:нан|нен|дан|ден|тан|тен)?|to|по|till|until|through)\\s*\\d',
  ),
  // 27, 28, 29 июня 2012 г.; June 26 & 28: several days of one month.
  rule(
    `(?<![\\d.])(\\d{1,2}(?:\\s*(?:,|&|${B}(?:and|и|және)${E})\\s*\\d{1,2})+)\\s+(?:of\\s+)?(${MONTH})${YR}`,
    (m, s) => dayList(s, m, m[1], monthNumber(m[2]), m[3]),
    '\\d\\s*(?:,|&|and|и|және)\\s*\\d',
  ),
  rule(
    `(${MONTH})\\s+(\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:,|&|${B}and${E})\\s*\\d{1,2}(?:st|nd|rd|th)?)+)(?!\\d)${YR}`,
    (m, s) => dayList(s, m, m[2], monthNumber(m[1]), m[3]),
    '\\d\\s*(?:,|&|and|и|және)\\s*\\d',
  ),
  // до 20.09, 30.04-ке дейін, до 10.11. текущего года: a date without its year, placed in the plan year.
  rule(
    `(?<![\\d.])(\\d{1,2})\\.(\\d{2})(?![\\d]|[.,]\\d|\\s*(?:сағ|час|h\\b))\\.?(?:\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`,
    (m, s) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return undefined;
      return dateOrError(s, m, null, mo, Number(m[1]));
    },
    '\\d\\.\\d',
  ),
];

function dayList(
  s: ScanState,
  m: RegExpExecArray,
  days: string,
  mo: number,
  y: string | undefined,
): Component[] | null {
  const list: Component[] = [];
  for (const d of days.match(/\d{1,2}/g) ?? []) {
    const c = dateOrError(s, m, y ? Number(y) : null, mo, Number(d));
    if (!c) return null;
    list.push(c);
  }
  return list;
}

/** The date, recurrence and whole-year rules, in order; built on first use. */
export const RULES = lazy((): Rule[] => [
  ...rangeRules(),
  // "келесі оқу жылының", "следующего учебного года", "of the next academic year": the dates are a year on.
  rule(
    `${B}(?:келесі\\s+оқу\\s+жыл\\p{L}*|следующ\\p{L}*\\s+учебн\\p{L}*\\s+год\\p{L}*|(?:of\\s+)?(?:the\\s+)?(?:next|following)\\s+academic\\s+year)${E}`,
    () => ({ t: 'next-year' }),
    'келеси|следующ|next|following',
  ),
  // 2025-09-01
  rule(
    `(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
    (m, s) => dateOrError(s, m, Number(m[1]), Number(m[2]), Number(m[3])),
    '\\d',
  ),
  // 28.08.2025 ж., 01/06/2026, 20.01.26
  rule(
    `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?![\\d])${YEAR_WORD}(?:\\.?\\s*-\\s*\\p{L}{1,5}(?!\\p{L}))?`,
    (m, s) => numericDate(s, m, fullYear(m[3]), Number(m[1]), Number(m[2])),
    '\\d',
  ),
  // 2025 ж. 1 қыркүйегіне, 2026 жылғы 1 наурызға
  rule(
    `${YEAR}${YEAR_WORD}\\s*${DAY}\\s+(${MONTH})`,
    (m, s) => dateOrError(s, m, Number(m[1]), monthNumber(m[3]), Number(m[2])),
    '\\d',
  ),
  // 28 августа 2025 г., 1 қыркүйек 2025 ж., 15 October 2025, 20th of May
  rule(
    `(?<![\\d.])${DAY}\\s+(?:of\\s+)?(${MONTH})(?:\\s*,?\\s*${YEAR}${YEAR_WORD})?`,
    (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1])),
    '\\d',
  ),
  // October 15, 2025
  rule(
    `(${MONTH})\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?${E}(?:\\s*,?\\s*${YEAR})?`,
    (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[1]), Number(m[2])),
    '\\d',
  ),

  // Quarterly with a day in the month after each quarter, before plain "quarterly".
  rule(
    `(?:${B}(?:ежеквартально|тоқсан\\s+сайын|quarterly)\\s*,?\\s*)?(?:${B}(?:до|к|не\\s+позднее|by|on|before)\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|-?го)?\\s+(?:day\\s+)?(?:of\\s+the\\s+|числа\\s+)?month\\p{L}*\\s*,?\\s*(?:after|following|следующего\\s+за)\\s+(?:the\\s+(?:end\\s+of\\s+the\\s+|)|отч[её]тным\\s+|each\\s+)?(?:quarter|кварталом)${E}`,
    (m) => quarterDue({ monthAfter: Number(m[1]) }),
    'quarter|квартал',
  ),
  rule(
    `(?:${B}(?:ежеквартально)\\s*,?\\s*)?(?:${B}(?:до|к|не\\s+позднее)\\s+)?(\\d{1,2})(?:-?го)?\\s+числа\\s+месяца\\s*,?\\s*следующего\\s+за\\s+(?:отч[её]тным\\s+)?кварталом`,
    (m) => quarterDue({ monthAfter: Number(m[1]) }),
    'квартал',
  ),
  rule(
    `(?:${B}тоқсан\\s+сайын\\s*,?\\s*)?(?:есепті\\s+)?тоқсаннан\\s+кейінгі\\s+айдың\\s+(\\d{1,2})(?:\\s*-\\s*\\p{L}+)?(?:\\s+күн\\p{L}*)?`,
    (m) => quarterDue({ monthAfter: Number(m[1]) }),
    'тоқсан',
  ),
  rule(
    `(?:${B}quarterly\\s*,?\\s*)?(?:by\\s+|on\\s+)?(?:the\\s+)?last\\s+day\\s+of\\s+the\\s+month\\s+(?:after|following)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+|each\\s+)?quarter${E}`,
    () => ({ t: 'quarterly', due: { monthAfter: 'last' } }),
    'quarter',
  ),
  rule(
    `(?:${B}within\\s+)?(\\d{1,3})\\s+days?\\s+(?:after|following)\\s+(?:the\\s+end\\s+of\\s+)?(?:each\\s+|the\\s+)?(?:fiscal\\s+)?quarter(?:\\s+end)?${E}`,
    (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 92 ? { t: 'quarterly', due: { daysAfter: n } } : null;
    },
    'quarter',
  ),
  // Recurrences, before months and whole years so that "әр 2 ай сайын" is not read as "ай сайын".
  rule(
    `${B}(?:әр\\s+)?${NUMBER}\\s+ай\\s+сайын${E}|${B}каждые\\s+${NUMBER}\\s+месяц\\p{L}*|${B}раз\\s+в\\s+${NUMBER}\\s+месяц\\p{L}*|${B}every\\s+${NUMBER}\\s+months${E}`,
    (m) => {
      const n = numberValue(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return n >= 1 && n <= 12 ? (n === 1 ? { t: 'monthly', day: null } : { t: 'every-months', n }) : null;
    },
    'ай|месяц|month',
  ),
  rule(`${B}bi-?monthly${E}|${B}екі\\s+айда\\s+бір${E}`, () => ({ t: 'every-months', n: 2 }), 'monthly|айда'),
  // Every N weeks: "екі аптада бір рет", "раз в две недели", "every two weeks", "bi-weekly".
  rule(
    `${B}(?:әр\\s+)?${NUMBER}\\s+апта(?:да|\\s+сайын)(?:\\s+бір\\s+рет)?${E}|${B}(?:раз\\s+в|каждые)\\s+${NUMBER}\\s+недел\\p{L}*|${B}every\\s+${NUMBER}\\s+weeks${E}|${B}(bi-?weekly|fortnightly)${E}`,
    (m) => {
      const n = m[4] ? 2 : numberValue(m[1] ?? m[2] ?? m[3]);
      return n >= 1 && n <= 8 ? { t: 'weekly', interval: n } : null;
    },
    'апта|недел|week|fortnight',
  ),
  rule(
    `${B}(?:әр\\s+айдың|ай\\s+сайын\\s*,?|айдың)\\s+(\\d{1,2})(?:\\s*-\\s*\\p{L}+)?(?:\\s+күн\\p{L}*)?`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  // I квартал, III тоқсан, за IV кв., III-IV тоқсан, 2-тоқсан, Q3: calendar quarters.
  rule(
    `${LEAD_YEAR}(?:${B}(${ROMAN_QUARTER})${E}|${B}(\\d)(?:\\s*-\\s*\\p{L}{1,4})?)(?:\\s*(?:-|,|${B}(?:и|және|and)${E})\\s*(?:(${ROMAN_QUARTER})${E}|(\\d)(?:\\s*-\\s*\\p{L}{1,4})?))?\\s*(?:тоқсан\\p{L}*|квартал\\p{L}*|кв(?!\\p{L})\\.?|quarters?${E})${YR}|${LEAD_YEAR}${B}q([1-4])${E}${YR}`,
    (m) => {
      // Groups: 1 year before, 2-5 the quarters, 6 year after; or 7 year before, 8 "Q" number, 9 year after.
      const a = m[8] ? Number(m[8]) : m[2] ? romanValue(m[2]) : Number(m[3]);
      const b = m[4] ? romanValue(m[4]) : m[5] ? Number(m[5]) : a;
      if (a < 1 || a > 4 || b < a || b > 4) return undefined;
      const y = m[1] ?? m[6] ?? m[7] ?? m[9];
      const year = y ? Number(y) : null;
      // "II, III кв.", "I және II тоқсан": each quarter; "III-IV тоқсан": one window.
      if (b > a && !/-\s*(?:[ivи]|\d)/u.test(m[0]))
        return [
          { t: 'quarter', from: a, to: a, y: year },
          { t: 'quarter', from: b, to: b, y: year },
        ];
      return { t: 'quarter', from: a, to: b, y: year };
    },
    'тоқсан|квартал|кв|quarter|q\\d',
  ),
  // The first / last (working) day of each month, said in words.
  rule(
    `${B}(?:әр\\s+)?айдың\\s+(соңғы|бірінші|алғашқы)\\s+(жұмыс\\s+)?күн\\p{L}*|${B}(?:в\\s+|до\\s+|на\\s+)?(последн\\p{L}*|перв\\p{L}*)\\s+(рабоч\\p{L}*\\s+)?(?:день|дня|числ\\p{L}*)\\s+(?:каждого\\s+)?месяца|${B}(?:on\\s+|by\\s+)?(?:the\\s+)?(last|first)\\s+(working\\s+|business\\s+)?day\\s+of\\s+(?:each|every|the)\\s+month${E}`,
    (m) => {
      const last = /^(?:сонгы|последн|last)/u.test(m[1] ?? m[3] ?? m[5]);
      const working = !!(m[2] ?? m[4] ?? m[6]);
      const day: MonthDay = working ? (last ? 'last-working' : 'first-working') : last ? 'last' : 1;
      return { t: 'monthly', day };
    },
    'ай|месяц|month',
  ),
  // "ежемесячно по состоянию на первое число": monthly, on the 1st.
  rule(
    `${B}(?:ежемесячно|каждый\\s+месяц)\\s*,?\\s*(?:по\\s+состоянию\\s+)?на\\s+(первое|последнее)\\s+число${E}`,
    (m) => ({ t: 'monthly', day: /^перв/u.test(m[1]) ? 1 : 'last' }),
    'число',
  ),
  rule(
    `${B}(?:ежемесячно|каждый\\s+месяц|каждого\\s+месяца)\\s*,?\\s*(?:до|к|не\\s+позднее)?\\s*(\\d{1,2})(?:\\s*-?\\s*(?:го|числа))*(?:\\s+месяца)?(?:\\s*,?\\s*следующего\\s+за\\s+отч[её]тным(?:\\s+месяцем)?)?`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:до|к|не\\s+позднее)\\s+(\\d{1,2})(?:\\s*-?\\s*го)?\\s+числа\\s+(?:каждого\\s+месяца|ежемесячно)`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}monthly\\s*,?\\s*(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${E}`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:by|on|before)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+)?of\\s+(?:each|every|the)\\s+month${E}`,
    (m) => monthlyDay(m[1]),
    '\\d',
  ),
  rule(
    `${B}(?:ай\\s+сайын\\p{L}*|әр\\s+ай${E}|айына\\s+бір\\s+рет|ежемесячн\\p{L}*|каждый\\s+месяц|monthly|every\\s+month|each\\s+month)`,
    () => ({ t: 'monthly', day: null }),
    'ай|ежемесячн|месяц|month',
  ),
  // "тоқсанына 2 рет", "3 раза в квартал", "twice a quarter": so many times a year, spread evenly.
  rule(
    `${B}(?:тоқсанына\\s+${NUMBER}\\s+рет|${NUMBER}\\s+раз\\p{L}*\\s+в\\s+квартал|${NUMBER}(?:\\s+times)?\\s+(?:a|per)\\s+quarter)${E}`,
    (m) => {
      const n = numberValue(m[1] ?? m[2] ?? m[3]);
      if (!(n >= 1 && n <= 3)) return null;
      return n === 1 ? { t: 'quarterly' } : { t: 'times-a-year', n: 4 * n };
    },
    'тоқсан|квартал|quarter',
  ),
  rule(
    `${B}(?:тоқсан\\s+сайын\\p{L}*|әр\\s+тоқсан\\p{L}*|тоқсанына\\s+бір\\s+рет|тоқсанда\\s+бір\\s+рет|once\\s+a\\s+quarter|кварталына\\s+один\\s+раз|1\\s+раз\\s+в\\s+квартал|ежеквартальн\\p{L}*|каждый\\s+квартал|раз\\s+в\\s+квартал|quarterly|every\\s+quarter|each\\s+quarter)${E}`,
    () => ({ t: 'quarterly' }),
    'тоқсан|квартал|quarter',
  ),
  // Еженедельно по пятницам, every Friday, дүйсенбі сайын: weekly on that day.
  rule(
    `(?:${B}(?:еженедельно|weekly|апта\\s+сайын)\\s*,?\\s*)?(?:${B}(?:по|every|each|on)\\s+)?(${WEEKDAY})(?:\\s+(?:сайын|weekly))?(?:\\s*,?\\s*(?:еженедельно|weekly)${E})?`,
    (m) => {
      const all = m[0];
      const periodic = /(?:еженедельно|weekly|сайын|every|each|по\s)/u.test(all) || /(?:ы|и|s)$/u.test(m[1]);
      return periodic ? { t: 'weekly', weekday: weekdayNumber(m[1]) } : undefined;
    },
    'понедельн|вторн|сред|четверг|пятниц|day|дуйсенби|сейсенби|сарсенби|бейсенби|жума',
  ),
  rule(
    `${B}(?:апта\\s+сайын\\p{L}*|әр\\s+апта\\p{L}*|аптасына\\s+бір\\s+рет|еженедельн\\p{L}*|каждую\\s+неделю|weekly|every\\s+week)${E}`,
    () => ({ t: 'weekly' }),
    'апта|недел|week',
  ),
  rule(
    `${B}(?:жыл\\s+сайын\\p{L}*|жылына\\s+бір\\s+рет|ежегодн\\p{L}*|раз\\s+в\\s+год|annually|yearly|every\\s+year|once\\s+a\\s+year)${E}`,
    () => ({ t: 'yearly' }),
    'жыл|год|annual|year',
  ),
  rule(
    `${B}(?:жылына\\s+${NUMBER}\\s+рет|${NUMBER}\\s+раз\\p{L}*\\s+в\\s+год|${NUMBER}(?:\\s+times)?\\s+(?:a|per)\\s+year)${E}`,
    (m) => {
      const n = numberValue(m[1] ?? m[2] ?? m[3]);
      return n >= 1 && n <= 12 ? { t: 'times-a-year', n } : null;
    },
    'жыл|год|year',
  ),

  // The whole year, and its end.
  rule(
    `${B}(?:оқу\\s+жылы\\s+бойы\\p{L}*|жыл\\s+бойы\\p{L}*|оқу\\s+жылы\\s+ішінде|оқу\\s+жылы\\s+барысында|жыл\\s+ішінде|в\\s+течение\\s+(?:всего\\s+)?(?:учебного\\s+)?года|весь\\s+(?:учебный\\s+)?год|в\\s+течение\\s+года|круглый\\s+год|throughout\\s+the\\s+(?:academic\\s+|school\\s+)?year|during\\s+the\\s+(?:academic\\s+|school\\s+)?year|all\\s+year(?:\\s+round)?|year-round|тұрақты\\s+түрде|тұрақты|үнемі|жүйелі\\s+түрде|постоянно|на\\s+постоянной\\s+основе|в\\s+течение\\s+всего\\s+периода|весь\\s+период|ongoing|continuously|on\\s+an\\s+ongoing\\s+basis|throughout)${E}`,
    () => ({ t: 'whole-year' }),
    'жыл|год|year|турак|унем|жуйел|постоян|период|ongoing|contin|through',
  ),
  rule(
    `${B}(?:оқу\\s+жылының\\s+(?:соңына|аяғына)\\s+дейін|жылдың\\s+(?:соңына|аяғына)\\s+дейін|до\\s+(?:конца|окончания)\\s+(?:учебного\\s+|текущего\\s+)?года|by\\s+the\\s+end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year|оқу\\s+жылының\\s+(?:соңында|аяғында)|жылдың\\s+(?:соңында|аяғында)|в\\s+конце\\s+(?:учебного\\s+)?года|at\\s+the\\s+end\\s+of\\s+the\\s+(?:academic\\s+|school\\s+)?year)${E}`,
    () => ({ t: 'year-end' }),
    'жыл|год|year',
  ),

  // "до конца октября", "қазан айының соңына дейін", "by the end of October": the month's last day, whatever
  // monthDueDay.
  rule(
    `${B}(?:до\\s+конца|в\\s+конце|by\\s+the\\s+end\\s+of|at\\s+the\\s+end\\s+of)\\s+(${MONTH})${YR}|(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH})(?:\\s+айының)?\\s+(?:соңына|аяғына)(?:\\s+дейін)?`,
    (m) => {
      const y = m[2] ?? m[3];
      return { t: 'month-end', y: y ? Number(y) : null, m: monthNumber(m[1] ?? m[4]) };
    },
    'конц|конце|end|сонына|аягына',
  ),
  // Months and month ranges, a year before ("2025 ж. қазан - қараша") or after ("сентябрь 2025").
  // "мамырдан бастап шілдеге дейін", "с октября по апрель", "October through April": a month range too.
  rule(`(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH})(?:${MONTH_SEP}(?:${YEAR}${YEAR_WORD}\\s*)?(${MONTH}))?`, (m, s) => {
    let y: number | null = m[1] ? Number(m[1]) : null;
    const from = monthNumber(m[2]);
    const toY: number | null = m[3] ? Number(m[3]) : null;
    const to = m[4] ? monthNumber(m[4]) : from;
    if (y === null && toY === null) {
      const t = trailingYear(s, m.index + m[0].length);
      if (t) {
        y = t.year;
        m[0] += (s.months ?? s.text).slice(m.index + m[0].length, m.index + m[0].length + t.length);
      }
    }
    return { t: 'month', y, m: from, toY, toM: to };
  }),

  // "2025-2026 оқу жылына арналған": the plan year, said again.
  rule(
    `${B}(?:${YEAR}\\s*-\\s*${YEAR}\\s+оқу\\s+жыл\\p{L}*(?:\\s+арналған)?|на\\s+${YEAR}\\s*-\\s*${YEAR}\\s+учебн\\p{L}*\\s+год\\p{L}*|for\\s+(?:the\\s+)?${YEAR}\\s*-\\s*${YEAR}\\s+academic\\s+year)`,
    (m) => ({ t: 'plan-year', startYear: Number(m[1] ?? m[3] ?? m[5]) }),
    '\\d-|\\d -',
  ),

  // "Академиялық күнтізбеге сәйкес": the entries a user linked to the item.
  rule(
    `${B}(?:академиялық\\s+күнтізбе\\p{L}*(?:\\s+мерзімдер\\p{L}*)?\\s+(?:сәйкес|бойынша)|(?:согласно|по|в\\s+соответствии\\s+с)\\s+академическ\\p{L}*\\s+календар\\p{L}*|(?:according\\s+to|as\\s+per|per)\\s+(?:the\\s+)?academic\\s+calendar)`,
    () => ({ t: 'per-calendar' }),
    'күнтізбе|календар|calendar',
  ),
  // "Сессиядан кейінгі ликвидациялық кезең": "post-session" only qualifies the period after it.
  rule(`${B}(?:сессиядан\\s+кейінгі|послесессионн\\p{L}*|post-session)${E}`, () => ({ t: 'label' }), 'сесси|session'),
]);

function quarterDue(due: { monthAfter: MonthDay } | { daysAfter: number }): Component | null {
  if ('monthAfter' in due && typeof due.monthAfter === 'number' && (due.monthAfter < 1 || due.monthAfter > 31))
    return null;
  return { t: 'quarterly', due };
}

function monthlyDay(day: string): Component | null {
  const d = Number(day);
  return d >= 1 && d <= 31 ? { t: 'monthly', day: d } : null;
}

/** Each period's expression, and words one of which any of its names contains (a cheap test before the expression). */
/**
 * Each period's, relation's and season's expression is compiled only when a clause holds a word it cannot match
 * without (its `words`): in a fresh Apps Script context a clause then pays for the few it may name, not all twenty.
 */
interface Lazily {
  source: string;
  words?: WordSet | null;
  re?: RegExp;
}
const PERIOD_RES = lazy(() =>
  PERIOD_PHRASES.map((p) => ({
    ...p,
    source: `${B}(?:${p.source})${E}`,
    hand: wordSet(p.words.split('|').map(foldPattern)),
    // The words its names start with: found only when a clause holds one of the hand-given ones.
    words: undefined as WordSet | null | undefined,
  })),
);
/** Every period's hand-given words: a text holding none names no period. */
const ANY_PERIOD_WORD = lazy(() => wordSet(PERIOD_RES().flatMap((p) => p.hand?.words ?? [''])));
const RELATION_RES = lazy(() =>
  RELATIONS.map((r) => ({ ...r, source: `${B}(?:${r.source})${E}`, words: wordSet(leadingWords(r.source)) })),
);
/** The expression of a period, relation or season, compiled on first use. */
function compiled(x: Lazily, flags = ''): RegExp {
  return (x.re ??= foldedRegExp(x.source, flags));
}
const JOINED_ANCHORS = lazy(() => foldedRegExp(`${MASK}+\\s+(?:${foldPattern('және')}|и|and)\\s+${MASK}`, 'g'));
const SEASON_RES = lazy(() =>
  SEASON_WORDS.map((w) => ({ ...w, source: `${B}(?:${w.source})${E}`, words: wordSet(leadingWords(w.source)) })),
);
const NTH_WORDS = lazy(() => wordSet(leadingWords(foldPattern('бірінші|екінші|перв\\p{L}*|втор\\p{L}*|first|second'))));
const UNITS = lazy(() => wordSet(leadingWords(UNIT_WORDS)));
/** "1-ші академиялық кезең", "второй семестр", "first semester": right before the period's name. */
const NTH_BEFORE = lazy(() =>
  foldedRegExp(
    foldPattern(
      `(?:${B}(\\d)\\s*-?\\s*(?:ші|шы|інші|ыншы|й|го|ый|ой|st|nd)?|${B}(бірінші|екінші|перв\\p{L}*|втор\\p{L}*|first|second))\\s*$`,
    ),
  ),
);
/** "5 (бес) жұмыс күн бұрын", "за 2 недели до", "within three business days of", "a week before". */
const OFFSET_RE = lazy(() =>
  foldedRegExp(
    foldPattern(
      `(?:${B}(за|через|в\\s+течение|within|a|an)\\s+)?` +
        `(?:${B}${NUMBER}\\s*(?:\\(\\p{L}+\\)\\s*)?|\\(\\s*(\\d{1,3})\\s*\\)\\s*|${B}(?:the\\s+)?${ORDINAL}\\s+)?${OFFSET_UNIT}${E}` +
        `(?:\\s+(бұрын|кейін|ішінде|өткен\\s+соң|до|после|before|after|following|prior\\s+to)${E})?`,
    ),
  ),
);

function readOffset(m: RegExpExecArray, relation: Relation): Offset | null {
  const [, prefix, num, bracketed, ordinal, working, unit, word] = m;
  let n: number;
  if (num) n = numberValue(num);
  else if (bracketed) n = Number(bracketed);
  else if (ordinal) n = ordinalValue(ordinal);
  else if (prefix && /^(?:за|a|an)$/u.test(prefix)) n = 1;
  else return null;
  if (!Number.isInteger(n) || n < 1 || n > 400) return null;
  const before = /^(?:бурын|до|before|prior)/u.test(word ?? '') || prefix === 'за';
  const after = /^(?:кейин|ишинде|откен|после|after|following)/u.test(word ?? '') || prefix === 'через';
  const dir = before ? 'before' : after ? 'after' : relation === 'before' || relation === 'start' ? 'before' : 'after';
  return { n, unit: offsetUnit(working, unit), dir };
}

/**
 * Academic-calendar anchors, read clause by clause: every period a clause names takes the clause's relation
 * ("Емтихан сессиялары және ликвидациялық кезең кезінде": both, during), its season or ordinal ("қысқы сессия",
 * "2-ші академиялық кезең") and an offset ("5 жұмыс күн бұрын", "within 7 days after"). No relation means during.
 */
export function scanAnchors(s: ScanState): void {
  // Most cells name no period: one look at the whole text for any period's words spares reading it clause by clause.
  if (!holdsOneOf(s.text, ANY_PERIOD_WORD(), s.index)) return;
  const clauses = /[^,;\n]+/g;
  let c: RegExpExecArray | null;
  const snapshot = s.text;
  while ((c = clauses.exec(snapshot))) {
    const clauseStart = c.index;
    const clause = c[0];
    const spans: Array<{ start: number; end: number }> = [];
    const kinds: Component[] = [];
    let summerOnly = false;
    let nth: number | null = null;
    let local = clause;
    const kindsSeen = new Set<string>();
    const take = (at: number, length: number) => {
      spans.push({ start: clauseStart + at, end: clauseStart + at + length });
      local = local.slice(0, at) + MASK.repeat(length) + local.slice(at + length);
    };
    for (const p of PERIOD_RES()) {
      if (!holdsOneOf(clause, p.hand, s.index)) continue;
      if (!holdsOneOf(clause, (p.words ??= wordSet(leadingWords(p.source))), s.index)) continue;
      const re = compiled(p, 'g');
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(local))) {
        const before = local.slice(0, m.index);
        const nthM = /\d/.test(before) || holdsOneOf(before, NTH_WORDS(), s.index) ? NTH_BEFORE().exec(before) : null;
        if (nthM) {
          const v = nthM[1] ? Number(nthM[1]) : /^(?:екинши|втор|second)/u.test(nthM[2]) ? 2 : 1;
          if (v >= 1 && v <= 4) {
            nth = v;
            take(nthM.index, nthM[0].length);
          }
        }
        if (!kindsSeen.has(p.kind)) {
          kindsSeen.add(p.kind);
          kinds.push({ t: 'anchor', kinds: [p.kind], relation: 'during', summerOnly: !!p.summer });
        }
        if (p.summer) summerOnly = true;
        take(m.index, m[0].length);
      }
    }
    if (kinds.length === 0) continue;
    let relation: Relation = 'during';
    for (const r of RELATION_RES()) {
      if (!holdsOneOf(local, r.words, s.index)) continue;
      const m = compiled(r).exec(local);
      if (m) {
        relation = r.relation;
        take(m.index, m[0].length);
        break;
      }
    }
    let season: Season | null = null;
    for (const w of SEASON_RES()) {
      if (!holdsOneOf(local, w.words, s.index)) continue;
      const m = compiled(w).exec(local);
      if (m) {
        season = w.season;
        take(m.index, m[0].length);
        break;
      }
    }
    let offset: Offset | null = null;
    const om = holdsOneOf(local, UNITS(), s.index) ? OFFSET_RE().exec(local) : null;
    if (om && (offset = readOffset(om, relation))) take(om.index, om[0].length);
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    const allKinds = kinds.flatMap((k) => (k.t === 'anchor' ? k.kinds : []));
    s.found.push({ c: { t: 'anchor', kinds: allKinds, relation, summerOnly, season, nth, offset }, start, end });
    for (const sp of spans) mask(s, sp.start, sp.end);
    // "және" between two periods is part of the anchor.
    s.text = s.text.replace(JOINED_ANCHORS(), (all) => MASK.repeat(all.length));
  }
}

/** On-demand and event-driven phrases: no dates, the item is flagged on-demand. */
export const LATE_RULES = lazy((): Rule[] => [
  // "бұйрық шыққан күннен бастап бір ай ішінде", "жарияланғаннан кейін бес жұмыс күнінен аспайтын мерзімде": counted
  // from an event Jospar cannot date.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)\\s+күн(?:нен|інен|ынан)\\s+(?:бастап|кейін)[^,;\\u0001]*`,
    () => ({ t: 'event' }),
    '(?:ған|ген|қан|кен)\\s+күн(?:нен|інен|ынан)',
  ),
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)${E}[^,;\\u0001]*`,
    () => ({ t: 'event' }),
    '(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)',
  ),
  // "within 10 days of the order", "не позднее 30 календарных дней с даты …", "за один месяц до начала мероприятий".
  rule(
    `(?:${B}(?:within|no\\s+later\\s+than|not\\s+later\\s+than|не\\s+позднее\\s*,?\\s*(?:чем\\s+)?|в\\s+течение)\\s+)?(?:a\\s+maximum\\s+of\\s+)?(?:за\\s+)?${B}(?:${NUMBER}|a|an)\\s*(?:\\(\\p{L}+\\)\\s*)?(?:${OFFSET_UNIT}|hours?)${E}\\s+(?:after|following|of|from|prior\\s+to|before|с|со|после|от|до)${E}[^,;\\u0001]+`,
    () => ({ t: 'event' }),
    '(?:day|week|month|hour|дн|день|недел|месяц|күн|апта|ай)\\p{L}*\\s+(?:after|following|of|from|prior|before|с|со|после|от|до)(?!\\p{L})',
  ),
  rule(
    `${B}за\\s+(?:${NUMBER}\\s+)?(?:рабоч\\p{L}+\\s+)?(?:дн\\p{L}*|день|недел\\p{L}*|неделю|месяц\\p{L}*)\\s+до${E}[^,;\\u0001]+`,
    () => ({ t: 'event' }),
    '(?<!\\p{L})за\\s',
  ),
  // "бұйрықтың шығуына дейін", "шығу кезінде": until / when something happens.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:уына|уіне|юына|уі)\\s+(?:дейін|кезінде)${E}`,
    () => ({ t: 'event' }),
    '(?:уына|уіне|юына|уі)\\s+(?:дейін|кезінде)',
  ),
  rule(`${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:у|ю)\\s+кезінде${E}`, () => ({ t: 'event' }), '(?:у|ю)\\s+кезінде'),
  // "весной и осенью", "күзде": a season with no period is its three months.
  ...SEASON_WORDS.map((w) =>
    rule(
      `(?:${B}in\\s+(?:the\\s+)?)?${B}(?:${w.source})${E}`,
      (): Component => ({ t: 'season', season: w.season }),
      w.source,
    ),
  ),
  // "(4 күн)", "(5 days)": the length of a range already read.
  rule(
    `\\(\\s*\\d{1,3}\\s*(?:күн|дн\\p{L}*|день|дня|days?|апта|недел\\p{L}*|weeks?)\\s*\\)`,
    () => ({ t: 'label' }),
    '\\(',
  ),
  rule(
    `${B}(?:талап\\s+бойынша|сұраныс\\s+бойынша|сұрау\\p{L}*\\s+бойынша|қажеттілік\\s+бойынша|қажет\\s+болған\\s+(?:жағдайда|кезде)|қажетіне\\s+қарай|\\p{L}+\\s+түсуіне\\s+қарай|по\\s+требованию|по\\s+запрос\\p{L}*|по\\s+мере\\s+(?:необходимости|поступления|обращени\\p{L}*)|при\\s+необходимости|по\\s+необходимости|on\\s+request|upon\\s+request|on\\s+demand|as\\s+needed|when\\s+needed|if\\s+needed|as\\s+required|when\\s+required)${E}`,
    () => ({ t: 'on-demand' }),
    'бойынша|қарай|кезде|жағдайда|по |при |request|demand|needed|required',
  ),
  rule(
    `${CLAUSE}[^,;.\\u0001]*?${B}\\p{L}*(?:сауал|сұрау|сұраныс|өтінім|запрос|request)\\p{L}*\\s+(?:сәйкес|бойынша|қарай)${E}`,
    () => ({ t: 'on-demand' }),
    'сауал|сұрау|сұраныс|өтінім|запрос|request',
  ),
  // "Сұраулар түскен сайын", "Жеке істер ҚК-дан келген сайын": whenever something happens.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)\\s+(?:сайын|кезде|жағдайда)${E}`,
    () => ({ t: 'event' }),
    '(?:ған|ген|қан|кен)\\s+(?:сайын|кезде|жағдайда)',
  ),
  // "… аяқтағаннан кейін": after something that is not in the academic calendar.
  rule(
    `${CLAUSE}[^,;.\\u0001]*?\\p{L}+(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)${E}`,
    () => ({ t: 'event' }),
    '(?:ған|ген|қан|кен)(?:нан|нен|тан|тен)\\s+(?:кейін|соң)',
  ),
  rule(
    `${B}(?:по\\s+мере\\s+\\p{L}+|при\\s+поступлении\\p{L}*|upon\\s+receipt|whenever\\s+[^,;\\u0001]+)`,
    () => ({ t: 'event' }),
    'по мере|поступлен|upon|whenever',
  ),
  // "ашық сабақтар кестесіне сәйкес": a schedule kept elsewhere.
  rule(
    `(?:^|(?<=[;.\\u0001]))[^;.\\u0001]*?\\p{L}*(?:кесте|ереже|жоспар|график|расписани|schedule|rules|plan)\\p{L}*"?\\s+(?:сәйкес|бойынша)${E}|${B}(?:согласно|according\\s+to(?:\\s+the)?)\\s+[^,;.\\u0001]*?(?:график\\p{L}*|расписани\\p{L}*|schedule|rules|plan)${E}`,
    () => ({ t: 'external' }),
    'кесте|ереже|жоспар|график|расписани|schedule|rules|plan',
  ),
  // "до 12.00", "by 11:59 p.m.", "сағат 18:00": a time of day; the day is what Jospar dates.
  rule(
    `(?:${B}(?:сағат|в|at)\\s+)?(?<![\\d.:])\\d{1,2}(?::\\d{2}|\\.00(?![.\\d]))(?!\\d)(?:\\s*[ap]\\.?\\s*m${E}\\.?)?`,
    () => ({ t: 'label' }),
    '\\d[:.]\\d',
  ),
  // "тапсырыс –", "Қамтамасыз ету –": a short label before a dated part.
  rule(`(?:^|(?<=[.;,:\\u0001]))\\s*\\p{L}[\\p{L} ]{0,40}?\\s+-\\s`, () => ({ t: 'label' }), '-'),
]);

export function mask(s: ScanState, start: number, end: number): void {
  s.text = s.text.slice(0, start) + MASK.repeat(end - start) + s.text.slice(end);
  if (s.months !== null) s.months = s.months.slice(0, start) + MASK.repeat(end - start) + s.months.slice(end);
}

/** A month placeholder (months.ts) not yet masked. */
const UNREAD_MONTH = /[\u03b1-\u03c8]/;

export function runRules(rules: Rule[], s: ScanState): void {
  // Masking only removes digits: a cell with none now has none for every later rule.
  const hasDigit = /\d/.test(s.text);
  // Every rule that names a month needs one (a month word not yet read): without, it is not even compiled. Masking
  // only removes month words, so this is looked at again only after a rule has masked something.
  let monthUnread = s.months !== null && UNREAD_MONTH.test(s.months);
  for (const r of rules) {
    if (r.months && !monthUnread) continue;
    if (r.needsDigit && !hasDigit) continue;
    if (r.hint === undefined) r.hint = r.hintSource ? hintOf(r.hintSource) : null;
    if (r.hint && !hintHolds(r.hint, s)) continue;
    const re = (r.re ??= foldedRegExp(foldPattern(r.source), 'g'));
    re.lastIndex = 0;
    const snapshot = r.months && s.months !== null ? s.months : s.text;
    let m: RegExpExecArray | null;
    while ((m = re.exec(snapshot))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const out = r.handle(m, s);
      const end = m.index + m[0].length;
      if (out === undefined) continue;
      const list = out === null ? [] : Array.isArray(out) ? out : [out];
      for (const c of list) s.found.push({ c, start: m.index, end });
      mask(s, m.index, end);
      re.lastIndex = end;
      if (monthUnread) monthUnread = s.months !== null && UNREAD_MONTH.test(s.months);
    }
  }
}
