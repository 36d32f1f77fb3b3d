/**
 * The rules that find meaning in a folded deadline cell. Each rule is a regular expression with a handler; rules run
 * in order, most specific first, and each match masks its span so later rules cannot read it again. What no rule took
 * is checked for meaningful words afterwards (engine.ts).
 */
import { isValidYmd } from '../calendar/dates';
import {
  ANCHOR_EXPRESSIONS,
  DATE_RULE_EXPRESSIONS,
  LATE_RULE_EXPRESSIONS,
  PERIOD_WORDS,
} from './expressions.generated';
import type { Hint, RuleExpression } from './expression-build';
import { MASK } from './mask';
import { foldedRegExp, lazy } from './regex';
import { holdsOneOf, type KeyCache, type TextIndex } from './word-index';
import {
  MONTH,
  monthNumber,
  numberValue,
  ordinalValue,
  offsetUnit,
  romanValue,
  weekdayNumber,
  YEAR,
  YEAR_WORD,
  type Relation,
} from './lexicon';
import type { Component, DayOfYear, DeadlineIssue, Found, MonthDay, Offset, Season } from './types';

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

export type Handler = (m: RegExpExecArray, s: ScanState) => Component | Component[] | null | undefined;

/** Each hint expression, compiled once on first use and shared by the rules that give the same one ("\\d"). */
const HINT_RES = new Map<string, RegExp>();

function hintHolds(hint: Hint, s: ScanState, keys: KeyCache, slot: number): boolean {
  if ('words' in hint) return holdsOneOf(s.text, hint.words, s.index, keys, slot);
  if (!holdsOneOf(s.text, hint.pre, s.index, keys, slot)) return false;
  let re = HINT_RES.get(hint.source);
  if (!re) HINT_RES.set(hint.source, (re = foldedRegExp(hint.source)));
  return re.test(s.text);
}

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

/**
 * What each date rule makes of its match, by the rule's name (rule-sources.ts has the expressions, in the order they
 * run). A handler returns undefined to leave the match unread, null to consume it with nothing found.
 */
export const DATE_HANDLERS: Record<string, Handler> = {
  // с 1 апреля до конца учебного года, 1 сәуірден бастап оқу жылының соңына дейін: a window to the plan year's end.
  rangeToYearEnd: (m) => ({ t: 'until-year-end', from: m[3] ? dmOf(m, 1) : mdOf(m, 5) }),
  // с 2 февраля до 13 февраля, с 10 января до 28(29) февраля, from June 1, but no later than July 1
  rangeFromDayMonth: (m, s) => rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)),
  rangeFromMonthDay: (m, s) => rangeOrError(s, m, mdOf(m, 1), mdOf(m, 4)),
  // 29 мамыр мен 10 маусым аралығында, between 2 March and 30 April, между 1 марта и 30 апреля
  rangeBetweenDayMonth: (m, s) =>
    m[2] ? rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)) : rangeOrError(s, m, dmOf(m, 9), dmOf(m, 13)),
  // between March 2 and April 30
  rangeBetweenMonthDay: (m, s) => rangeOrError(s, m, mdOf(m, 1), mdOf(m, 4)),
  // 28.08.2024 – 29.08.2024, 01.09-15.09.2025, 01.09.2025-тен 15.09.2025-ке дейін
  rangeDotted: (m, s) => rangeOrError(s, m, ymdOf(m[3], Number(m[2]), m[1]), ymdOf(m[6], Number(m[5]), m[4])),
  // 15 қыркүйек – 20 қазан, 26 May to 30 June, с 28 марта 2021 г. по 4 апреля 2021 г., 15 қыркүйектен 20 қазанға
  rangeDayMonths: (m, s) => rangeOrError(s, m, dmOf(m, 1), dmOf(m, 5)),
  // between 1 and 15 September, между 1 и 15 сентября
  rangeBetweenDays: (m, s) => {
    const mo = monthNumber(m[3]);
    return rangeOrError(s, m, ymdOf(undefined, mo, m[1]), ymdOf(m[4], mo, m[2]));
  },
  // 10-25 қараша, 10-нан 25 қарашаға дейін, С 1 по 25 июня 2012 г., 14-19 October, 2025 жылғы 21-31 наурыз
  rangeDays: (m, s) => {
    const mo = monthNumber(m[4]);
    const y = m[1] ?? m[5];
    return rangeOrError(s, m, ymdOf(y, mo, m[2]), ymdOf(y, mo, m[3]));
  },
  // December 18-January 30, from September 1 to December 20, Aug 20 – Dec 11
  rangeMonthDays: (m, s) =>
    rangeOrError(s, m, ymdOf(m[3], monthNumber(m[1]), m[2]), ymdOf(m[6], monthNumber(m[4]), m[5])),
  // March 3-7, May 7 - 8, on December 16-17
  rangeMonthDaySpan: (m, s) => {
    const mo = monthNumber(m[1]);
    return rangeOrError(s, m, ymdOf(undefined, mo, m[2]), ymdOf(m[4], mo, m[3]));
  },
  // 27, 28, 29 июня 2012 г.; June 26 & 28: several days of one month.
  dayList: (m, s) => dayList(s, m, m[1], monthNumber(m[2]), m[3]),
  monthDayList: (m, s) => dayList(s, m, m[2], monthNumber(m[1]), m[3]),
  // до 20.09, 30.04-ке дейін, до 10.11. текущего года: a date without its year, placed in the plan year.
  dottedNoYear: (m, s) => {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return undefined;
    return dateOrError(s, m, null, mo, Number(m[1]));
  },
  // "келесі оқу жылының", "следующего учебного года", "of the next academic year": the dates are a year on.
  nextYear: () => ({ t: 'next-year' }),
  // 2025-09-01
  isoDate: (m, s) => dateOrError(s, m, Number(m[1]), Number(m[2]), Number(m[3])),
  // 28.08.2025 ж., 01/06/2026, 20.01.26
  numericDate: (m, s) => numericDate(s, m, fullYear(m[3]), Number(m[1]), Number(m[2])),
  // 2025 ж. 1 қыркүйегіне, 2026 жылғы 1 наурызға
  yearDayMonth: (m, s) => dateOrError(s, m, Number(m[1]), monthNumber(m[3]), Number(m[2])),
  // 28 августа 2025 г., 1 қыркүйек 2025 ж., 15 October 2025, 20th of May
  dayMonth: (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1])),
  // October 15, 2025
  monthDay: (m, s) => dateOrError(s, m, m[3] ? Number(m[3]) : null, monthNumber(m[1]), Number(m[2])),
  // Quarterly with a day in the month after each quarter, before plain "quarterly".
  quarterlyMonthAfter: (m) => quarterDue({ monthAfter: Number(m[1]) }),
  quarterlyRuMonthAfter: (m) => quarterDue({ monthAfter: Number(m[1]) }),
  quarterlyKkMonthAfter: (m) => quarterDue({ monthAfter: Number(m[1]) }),
  quarterlyLastDayMonthAfter: () => ({ t: 'quarterly', due: { monthAfter: 'last' } }),
  quarterlyDaysAfter: (m) => {
    const n = Number(m[1]);
    return n >= 1 && n <= 92 ? { t: 'quarterly', due: { daysAfter: n } } : null;
  },
  // Recurrences, before months and whole years so that "әр 2 ай сайын" is not read as "ай сайын".
  everyNMonths: (m) => {
    const n = numberValue(m[1] ?? m[2] ?? m[3] ?? m[4]);
    return n >= 1 && n <= 12 ? (n === 1 ? { t: 'monthly', day: null } : { t: 'every-months', n }) : null;
  },
  biMonthly: () => ({ t: 'every-months', n: 2 }),
  // Every N weeks: "екі аптада бір рет", "раз в две недели", "every two weeks", "bi-weekly".
  everyNWeeks: (m) => {
    const n = m[4] ? 2 : numberValue(m[1] ?? m[2] ?? m[3]);
    return n >= 1 && n <= 8 ? { t: 'weekly', interval: n } : null;
  },
  monthlyOnDay: (m) => monthlyDay(m[1]),
  // I квартал, III тоқсан, за IV кв., III-IV тоқсан, 2-тоқсан, Q3: calendar quarters.
  quarters: (m) => {
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
  // The first / last (working) day of each month, said in words.
  monthlyFirstLastDay: (m) => {
    const last = /^(?:сонгы|последн|last)/u.test(m[1] ?? m[3] ?? m[5]);
    const working = !!(m[2] ?? m[4] ?? m[6]);
    const day: MonthDay = working ? (last ? 'last-working' : 'first-working') : last ? 'last' : 1;
    return { t: 'monthly', day };
  },
  // "ежемесячно по состоянию на первое число": monthly, on the 1st.
  monthlyFirstOrLastNumber: (m) => ({ t: 'monthly', day: /^перв/u.test(m[1]) ? 1 : 'last' }),
  monthlyRuDay: (m) => monthlyDay(m[1]),
  monthlyRuDayOfEach: (m) => monthlyDay(m[1]),
  monthlyEnDay: (m) => monthlyDay(m[1]),
  monthlyEnDayOfEach: (m) => monthlyDay(m[1]),
  monthly: () => ({ t: 'monthly', day: null }),
  // "тоқсанына 2 рет", "3 раза в квартал", "twice a quarter": so many times a year, spread evenly.
  timesAQuarter: (m) => {
    const n = numberValue(m[1] ?? m[2] ?? m[3]);
    if (!(n >= 1 && n <= 3)) return null;
    return n === 1 ? { t: 'quarterly' } : { t: 'times-a-year', n: 4 * n };
  },
  quarterly: () => ({ t: 'quarterly' }),
  // Еженедельно по пятницам, every Friday, дүйсенбі сайын: weekly on that day.
  weeklyOnDay: (m) => {
    const all = m[0];
    const periodic = /(?:еженедельно|weekly|сайын|every|each|по\s)/u.test(all) || /(?:ы|и|s)$/u.test(m[1]);
    return periodic ? { t: 'weekly', weekday: weekdayNumber(m[1]) } : undefined;
  },
  weekly: () => ({ t: 'weekly' }),
  yearly: () => ({ t: 'yearly' }),
  timesAYear: (m) => {
    const n = numberValue(m[1] ?? m[2] ?? m[3]);
    return n >= 1 && n <= 12 ? { t: 'times-a-year', n } : null;
  },
  // The whole year, and its end.
  wholeYear: () => ({ t: 'whole-year' }),
  yearEnd: () => ({ t: 'year-end' }),
  // "до конца октября", "қазан айының соңына дейін", "by the end of October": the month's last day, whatever
  // monthDueDay.
  monthEnd: (m) => {
    const y = m[2] ?? m[3];
    return { t: 'month-end', y: y ? Number(y) : null, m: monthNumber(m[1] ?? m[4]) };
  },
  // Months and month ranges, a year before ("2025 ж. қазан - қараша") or after ("сентябрь 2025").
  // "мамырдан бастап шілдеге дейін", "с октября по апрель", "October through April": a month range too.
  months: (m, s) => {
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
  },
  // "2025-2026 оқу жылына арналған": the plan year, said again.
  planYear: (m) => ({ t: 'plan-year', startYear: Number(m[1] ?? m[3] ?? m[5]) }),
  // "Академиялық күнтізбеге сәйкес": the entries a user linked to the item.
  perCalendar: () => ({ t: 'per-calendar' }),
  // "Сессиядан кейінгі ликвидациялық кезең": "post-session" only qualifies the period after it.
  postSession: () => ({ t: 'label' }),
};

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

function quarterDue(due: { monthAfter: MonthDay } | { daysAfter: number }): Component | null {
  if ('monthAfter' in due && typeof due.monthAfter === 'number' && (due.monthAfter < 1 || due.monthAfter > 31))
    return null;
  return { t: 'quarterly', due };
}

function monthlyDay(day: string): Component | null {
  const d = Number(day);
  return d >= 1 && d <= 31 ? { t: 'monthly', day: d } : null;
}

/**
 * Each period's, relation's and season's expression is compiled only when a clause holds a word it cannot match
 * without (its `words`): in a fresh Apps Script context a clause then pays for the few it may name, not all twenty.
 * The expressions and words are made at build time (expression-build.ts anchorExpressions).
 */
const PERIOD_RES: RegExp[] = [];
const RELATION_RES: RegExp[] = [];
const SEASON_RES: RegExp[] = [];
/** Their words' keys (word-index.ts), by the same places; ONE_KEYS for the single lists, at the slots below. */
const PERIOD_HAND_KEYS: KeyCache = [];
const PERIOD_KEYS: KeyCache = [];
const RELATION_KEYS: KeyCache = [];
const SEASON_KEYS: KeyCache = [];
const ONE_KEYS: KeyCache = [];
const [PERIOD_WORDS_SLOT, NTH_WORDS_SLOT, UNITS_SLOT] = [0, 1, 2];
/** "және" between two periods. */
const JOINED_ANCHORS = lazy(() => foldedRegExp(ANCHOR_EXPRESSIONS.joined, 'g'));
/** "1-ші академиялық кезең", "второй семестр", "first semester": right before the period's name. */
const NTH_BEFORE = lazy(() => foldedRegExp(ANCHOR_EXPRESSIONS.nthBefore));
/** "5 (бес) жұмыс күн бұрын", "за 2 недели до", "within three business days of", "a week before". */
const OFFSET_RE = lazy(() => foldedRegExp(ANCHOR_EXPRESSIONS.offset));

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
  // A cell naming no period (most do not) reads none: the reading below is not even compiled in a fresh context.
  if (holdsOneOf(s.text, PERIOD_WORDS, s.index, ONE_KEYS, PERIOD_WORDS_SLOT)) readAnchors(s);
}

function readAnchors(s: ScanState): void {
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
    const periods = ANCHOR_EXPRESSIONS.periods;
    for (let i = 0; i < periods.length; i++) {
      const p = periods[i];
      if (!holdsOneOf(clause, p.hand, s.index, PERIOD_HAND_KEYS, i)) continue;
      if (!holdsOneOf(clause, p.words, s.index, PERIOD_KEYS, i)) continue;
      const re = (PERIOD_RES[i] ??= foldedRegExp(p.source, 'g'));
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(local))) {
        const before = local.slice(0, m.index);
        const nthM =
          /\d/.test(before) || holdsOneOf(before, ANCHOR_EXPRESSIONS.nthWords, s.index, ONE_KEYS, NTH_WORDS_SLOT)
            ? NTH_BEFORE().exec(before)
            : null;
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
    const relations = ANCHOR_EXPRESSIONS.relations;
    for (let i = 0; i < relations.length; i++) {
      const r = relations[i];
      if (!holdsOneOf(local, r.words, s.index, RELATION_KEYS, i)) continue;
      const m = (RELATION_RES[i] ??= foldedRegExp(r.source)).exec(local);
      if (m) {
        relation = r.relation;
        take(m.index, m[0].length);
        break;
      }
    }
    let season: Season | null = null;
    const seasons = ANCHOR_EXPRESSIONS.seasons;
    for (let i = 0; i < seasons.length; i++) {
      const w = seasons[i];
      if (!holdsOneOf(local, w.words, s.index, SEASON_KEYS, i)) continue;
      const m = (SEASON_RES[i] ??= foldedRegExp(w.source)).exec(local);
      if (m) {
        season = w.season;
        take(m.index, m[0].length);
        break;
      }
    }
    let offset: Offset | null = null;
    const om = holdsOneOf(local, ANCHOR_EXPRESSIONS.units, s.index, ONE_KEYS, UNITS_SLOT)
      ? OFFSET_RE().exec(local)
      : null;
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

/** What each late rule (on-demand and event-driven phrases, seasons alone, labels) makes of its match. */
export const LATE_HANDLERS: Record<string, Handler> = {
  // "бұйрық шыққан күннен бастап бір ай ішінде", "жарияланғаннан кейін бес жұмыс күнінен аспайтын мерзімде": counted
  // from an event Jospar cannot date.
  eventSinceDay: () => ({ t: 'event' }),
  eventSinceDone: () => ({ t: 'event' }),
  // "within 10 days of the order", "не позднее 30 календарных дней с даты …", "за один месяц до начала мероприятий".
  eventOffset: () => ({ t: 'event' }),
  eventBefore: () => ({ t: 'event' }),
  // "бұйрықтың шығуына дейін", "шығу кезінде": until / when something happens.
  eventUntil: () => ({ t: 'event' }),
  eventWhen: () => ({ t: 'event' }),
  // "весной и осенью", "күзде": a season with no period is its three months.
  season_autumn: (): Component => ({ t: 'season', season: 'autumn' }),
  season_winter: (): Component => ({ t: 'season', season: 'winter' }),
  season_spring: (): Component => ({ t: 'season', season: 'spring' }),
  season_summer: (): Component => ({ t: 'season', season: 'summer' }),
  // "(4 күн)", "(5 days)": the length of a range already read.
  rangeLength: () => ({ t: 'label' }),
  onDemand: () => ({ t: 'on-demand' }),
  onDemandRequest: () => ({ t: 'on-demand' }),
  // "Сұраулар түскен сайын", "Жеке істер ҚК-дан келген сайын": whenever something happens.
  eventWhenever: () => ({ t: 'event' }),
  // "… аяқтағаннан кейін": after something that is not in the academic calendar.
  eventAfter: () => ({ t: 'event' }),
  eventAsArrives: () => ({ t: 'event' }),
  // "ашық сабақтар кестесіне сәйкес": a schedule kept elsewhere.
  external: () => ({ t: 'external' }),
  // "до 12.00", "by 11:59 p.m.", "сағат 18:00": a time of day; the day is what Jospar dates.
  timeOfDay: () => ({ t: 'label' }),
  // "тапсырыс –", "Қамтамасыз ету –": a short label before a dated part.
  label: () => ({ t: 'label' }),
};

/**
 * A list of rules as the engine runs it: the generated expressions read as they are, each rule's handler looked up by
 * its name on a match, and by each rule's place its expression compiled on first use (regex.ts says why) and its
 * words' keys (word-index.ts). Nothing is built from the list before its first rule runs.
 */
interface Rules {
  expressions: RuleExpression[];
  handlers: Record<string, Handler>;
  res: RegExp[];
  preKeys: KeyCache;
  hintKeys: KeyCache;
}
const rulesOf = (expressions: RuleExpression[], handlers: Record<string, Handler>): Rules => ({
  expressions,
  handlers,
  res: [],
  preKeys: [],
  hintKeys: [],
});
const DATE_RULES = rulesOf(DATE_RULE_EXPRESSIONS, DATE_HANDLERS);
const LATE_RULES = rulesOf(LATE_RULE_EXPRESSIONS, LATE_HANDLERS);

/** The date, recurrence and whole-year rules, in order. */
export function runDateRules(s: ScanState): void {
  runRules(DATE_RULES, s);
}

/** The on-demand, event and label rules, run after the anchors. */
export function runLateRules(s: ScanState): void {
  runRules(LATE_RULES, s);
}

export function mask(s: ScanState, start: number, end: number): void {
  s.text = s.text.slice(0, start) + MASK.repeat(end - start) + s.text.slice(end);
  if (s.months !== null) s.months = s.months.slice(0, start) + MASK.repeat(end - start) + s.months.slice(end);
}

/** A month placeholder (months.ts) not yet masked. */
const UNREAD_MONTH = /[\u03b1-\u03c8]/;

function runRules(list: Rules, s: ScanState): void {
  const rules = list.expressions;
  // Masking only removes digits: a cell with none now has none for every later rule.
  const hasDigit = /\d/.test(s.text);
  // Every rule that names a month needs one (a month word not yet read): without, it is not even compiled. Masking
  // only removes month words, so this is looked at again only after a rule has masked something.
  let monthUnread = s.months !== null && UNREAD_MONTH.test(s.months);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (r.months && !monthUnread) continue;
    if (r.needsDigit && !hasDigit) continue;
    const snapshot = r.months && s.months !== null ? s.months : s.text;
    // A text without a word the expression needs cannot match it: it is not even compiled (required-words.ts).
    if (!holdsOneOf(snapshot, r.pre, s.index, list.preKeys, i)) continue;
    if (r.hint && !hintHolds(r.hint, s, list.hintKeys, i)) continue;
    const re = (list.res[i] ??= foldedRegExp(r.source, 'g'));
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(snapshot))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const out = list.handlers[r.name](m, s);
      const end = m.index + m[0].length;
      if (out !== undefined) {
        const list = out === null ? [] : Array.isArray(out) ? out : [out];
        for (const c of list) s.found.push({ c, start: m.index, end });
        mask(s, m.index, end);
      }
      re.lastIndex = end;
      if (monthUnread) monthUnread = s.months !== null && UNREAD_MONTH.test(s.months);
      if (!mayMatchFrom(r, snapshot, end)) break;
    }
  }
}

/**
 * Whether the rule may match again at or after `from`: a match there holds one of its words, and a month rule's a
 * month word, after `from`. The exec that would find nothing is skipped: in a fresh context V8 compiles an expression
 * a second time, to native code, on its second exec.
 */
function mayMatchFrom(r: RuleExpression, text: string, from: number): boolean {
  if (r.months && !UNREAD_MONTH.test(text.slice(from))) return false;
  if (r.pre === null) return true;
  // Not holdsOneOf: the index knows what the whole text held, not what lies after `from`, which must be searched.
  for (const w of r.pre) if (text.includes(w, from)) return true;
  return false;
}
