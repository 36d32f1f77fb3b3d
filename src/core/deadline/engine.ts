/**
 * The deadline engine: reads a free-text deadline (Kazakh, Russian, English, as people write them) and resolves it
 * against the plan year, the academic calendar and the working-day calendar. Pure, and never throws: whatever the text,
 * the result is a Schedule whose warnings and errors say what was not understood, with positions in the text.
 */
import type { AcademicPeriod } from '../calendar/academic-calendar';
import {
  addDays,
  daysBetween,
  lastDayOfMonth,
  ymd,
  yearOfMonthInPlanYear,
  weekday,
  daysInMonth,
  type IsoDate,
} from '../calendar/dates';
import { toWorkingDay } from '../calendar/working-days';
import { foldText } from './fold';
import { FILLER_WORDS, type Relation } from './lexicon';
import { MASK, RULES, LATE_RULES, runRules, scanAnchors, type ScanState } from './rules';
import {
  DEFAULT_CONVENTIONS,
  type Component,
  type Conventions,
  type DeadlineContext,
  type DeadlineIssue,
  type Found,
  type Schedule,
  type ScheduleKind,
  type Window,
} from './types';

/** A deadline cell is a line or two; beyond this the text is not a deadline and is not read further. */
export const MAX_DEADLINE_LENGTH = 1000;

/** Explicit dates this far outside the plan year are probably a typo in the year. */
const NEAR_PLAN_YEAR_DAYS = 92;

export function parseDeadline(input: unknown, ctx: DeadlineContext): Schedule {
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  try {
    return parse(text, ctx);
  } catch (e) {
    // A bug here must not stop a whole plan run: report it on the row instead.
    return {
      ...empty(text),
      kind: 'unknown',
      errors: [{ code: 'not-understood', start: 0, end: text.length, text: String((e as Error)?.message ?? e) }],
    };
  }
}

function empty(input: string): Schedule {
  return {
    input,
    kind: 'unknown',
    due: [],
    dueWorking: [],
    windows: [],
    rrule: null,
    anchors: [],
    onDemand: false,
    notes: [],
    warnings: [],
    errors: [],
  };
}

function parse(input: string, ctx: DeadlineContext): Schedule {
  const out = empty(input);
  if (input.trim() === '') {
    out.errors.push({ code: 'empty', start: 0, end: 0, text: '' });
    return out;
  }
  const read = input.length > MAX_DEADLINE_LENGTH ? input.slice(0, MAX_DEADLINE_LENGTH) : input;
  if (read !== input) out.warnings.push({ code: 'too-long', start: MAX_DEADLINE_LENGTH, end: input.length, text: '' });

  const s: ScanState = { text: foldText(read), found: [], errors: out.errors, input: read };
  runRules(RULES, s);
  scanAnchors(s);
  runRules(LATE_RULES, s);
  s.found.sort((a, b) => a.start - b.start);

  collectLeftovers(s, out);
  resolve(s.found, ctx, out);
  if (s.found.length === 0 && out.errors.length === 0)
    out.errors.push({ code: 'not-understood', start: 0, end: read.length, text: read.trim() });
  return out;
}

/** Runs of text no rule took: meaningful words there become a warning naming that part of the text. */
function collectLeftovers(s: ScanState, out: Schedule): void {
  const runs = s.text.split(MASK);
  let offset = 0;
  for (const run of runs) {
    const words = [...run.matchAll(/[\p{L}\d]+/gu)];
    const meaningful = words.filter((w) => !FILLER_WORDS.has(w[0]));
    if (meaningful.length > 0 && s.found.length > 0) {
      const start = offset + meaningful[0].index!;
      const last = meaningful[meaningful.length - 1];
      const end = offset + last.index! + last[0].length;
      out.warnings.push({ code: 'partly-understood', start, end, text: s.input.slice(start, end) });
    }
    offset += run.length + 1;
  }
}

interface Acc {
  due: Set<IsoDate>;
  windows: Window[];
  anchors: Set<string>;
  categories: Set<ScheduleKind>;
  recurrences: Component[];
}

/** Day `day` of a month, or its last day; a day past the month's end is its last day. */
function dayOfMonth(y: number, m: number, day: number | 'last'): IsoDate {
  return day === 'last' ? lastDayOfMonth(y, m) : ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

function resolve(found: Found[], ctx: DeadlineContext, out: Schedule): void {
  const py = ctx.year;
  const conv: Conventions = { ...DEFAULT_CONVENTIONS, ...ctx.conventions };
  const acc: Acc = { due: new Set(), windows: [], anchors: new Set(), categories: new Set(), recurrences: [] };
  let carriedYear: number | null = null;
  let previous: IsoDate | null = null;
  let dated = 0;
  const issue = (f: Found, code: DeadlineIssue['code'], list: DeadlineIssue[] = out.warnings) =>
    list.push({ code, start: f.start, end: f.end, text: out.input.slice(f.start, f.end) });

  // Years carry forward through a list; an element with no year falls inside the plan year.
  const yearFor = (y: number | null, m: number): number => {
    if (y !== null) {
      carriedYear = y;
      return y;
    }
    if (carriedYear !== null) {
      let year: number = carriedYear;
      // "2025 ж. желтоқсан, қаңтар": a list runs forward in time.
      if (previous !== null && ymd(year, m, 1) < previous.slice(0, 8) + '01') year += 1;
      return year;
    }
    return yearOfMonthInPlanYear(py, m);
  };
  const addExplicit = (f: Found, date: IsoDate) => {
    if (daysBetween(date, py.start) > NEAR_PLAN_YEAR_DAYS || daysBetween(py.end, date) > NEAR_PLAN_YEAR_DAYS)
      issue(f, 'outside-plan-year');
    acc.due.add(date);
    previous = date;
  };

  for (const f of found) {
    const c = f.c;
    switch (c.t) {
      case 'date': {
        const y = yearFor(c.y, c.m);
        if (c.d > daysInMonth(y, c.m)) {
          issue(f, 'impossible-date', out.errors);
          break;
        }
        addExplicit(f, ymd(y, c.m, c.d));
        acc.categories.add('date');
        dated++;
        break;
      }
      case 'month': {
        const y = yearFor(c.y, c.m);
        let toY = c.toY ?? y;
        if (c.toY === null && c.toM < c.m) toY = y + 1;
        if (c.toY !== null) carriedYear = c.toY;
        acc.windows.push({ start: ymd(y, c.m, 1), end: lastDayOfMonth(toY, c.toM) });
        addExplicit(f, dayOfMonth(toY, c.toM, conv.monthDueDay));
        acc.categories.add('month');
        dated++;
        break;
      }
      case 'monthly':
      case 'every-months':
      case 'quarterly':
      case 'weekly':
      case 'times-a-year':
        acc.recurrences.push(c);
        acc.categories.add('recurring');
        break;
      case 'whole-year':
        acc.windows.push({ start: py.start, end: py.end });
        acc.categories.add('year');
        break;
      case 'year-end':
        acc.due.add(py.end);
        acc.categories.add('year');
        dated++;
        break;
      case 'anchor': {
        const periods = ctx.calendar.filter(
          (p) => c.kinds.includes(p.kind) && (!c.summerOnly || isSummer(p)) && p.end >= py.start && p.start <= py.end,
        );
        if (periods.length === 0) {
          issue(f, 'calendar-period-missing');
          break;
        }
        for (const p of periods) addAnchor(acc, p, c.relation, conv);
        acc.categories.add('calendar');
        dated++;
        break;
      }
      case 'per-calendar': {
        const linked = (ctx.links ?? [])
          .map((id) => ctx.calendar.find((p) => p.id === id))
          .filter((p): p is AcademicPeriod => !!p);
        if (linked.length === 0) {
          issue(f, 'calendar-link-needed');
          break;
        }
        for (const p of linked) addAnchor(acc, p, 'during', conv);
        acc.categories.add('calendar');
        dated++;
        break;
      }
      case 'on-demand':
      case 'event':
        out.onDemand = true;
        acc.categories.add('on-demand');
        break;
      case 'external':
        out.notes.push({
          code: 'partly-understood',
          start: f.start,
          end: f.end,
          text: out.input.slice(f.start, f.end),
        });
        break;
      case 'plan-year':
        if (c.startYear !== py.startYear) issue(f, 'other-plan-year');
        break;
      case 'label':
        break;
    }
  }

  const anchoredCount = dated;
  for (const r of acc.recurrences) expandRecurrence(r, ctx, conv, acc, anchoredCount > 0, found, out);
  // "Жылына 2 рет" beside dated parts only counts them: it is not a recurrence of its own.
  if (anchoredCount > 0 && acc.recurrences.every((r) => r.t === 'times-a-year')) acc.categories.delete('recurring');

  // The whole year with nothing else dated: due on its last day.
  if (acc.categories.has('year') && acc.due.size === 0 && acc.recurrences.length === 0 && conv.wholeYearDue === 'end')
    acc.due.add(py.end);

  out.due = [...acc.due].sort();
  out.dueWorking = [...new Set(out.due.map((d) => toWorkingDay(d, ctx.daysOff, ctx.policy)))].sort();
  out.windows = dedupeWindows(acc.windows);
  out.anchors = [...acc.anchors];
  out.kind = kindOf(acc, dated);
  out.rrule = acc.recurrences.length === 1 && anchoredCount === 0 ? rruleOf(acc.recurrences[0], out.due, conv) : null;
}

function isSummer(p: AcademicPeriod): boolean {
  return /жаз|летн|summer/i.test(`${p.name.kk} ${p.name.ru} ${p.name.en}`);
}

function addAnchor(acc: Acc, p: AcademicPeriod, relation: Relation, conv: Conventions): void {
  acc.anchors.add(p.id);
  switch (relation) {
    case 'before':
      acc.due.add(addDays(p.start, -conv.daysBefore));
      break;
    case 'start':
      acc.due.add(p.start);
      break;
    case 'during':
      acc.windows.push({ start: p.start, end: p.end });
      acc.due.add(conv.periodDue === 'start' ? p.start : p.end);
      break;
    case 'end':
    case 'after':
      acc.due.add(p.end);
      break;
  }
}

/** The twelve months of a plan year, September first. */
function planMonths(ctx: DeadlineContext): Array<{ y: number; m: number }> {
  const months: Array<{ y: number; m: number }> = [];
  for (let i = 0; i < 12; i++) {
    const m = ((8 + i) % 12) + 1;
    months.push({ y: ctx.year.startYear + (m >= 9 ? 0 : 1), m });
  }
  return months;
}

function expandRecurrence(
  c: Component,
  ctx: DeadlineContext,
  conv: Conventions,
  acc: Acc,
  anchored: boolean,
  found: Found[],
  out: Schedule,
): void {
  const months = planMonths(ctx);
  const monthEnds = (every: number) =>
    months.filter((_, i) => (i + 1) % every === 0).map(({ y, m }) => lastDayOfMonth(y, m));
  switch (c.t) {
    case 'monthly':
      for (const { y, m } of months) acc.due.add(dayOfMonth(y, m, c.day ?? conv.monthlyDueDay));
      break;
    case 'every-months':
      for (const d of monthEnds(c.n)) acc.due.add(d);
      break;
    case 'quarterly':
      for (const { y, m } of months) if (m % 3 === 0) acc.due.add(lastDayOfMonth(y, m));
      break;
    case 'weekly':
      for (let d = ctx.year.start; d <= ctx.year.end; d = addDays(d, 1)) if (weekday(d) === 5) acc.due.add(d);
      break;
    case 'times-a-year': {
      // "Жылына 2 рет, емтихан сессиялары аяқталғаннан кейін": the anchors give the dates; the count only describes
      // them.
      if (anchored) break;
      if (12 % c.n !== 0) {
        const f = found.find((x) => x.c === c)!;
        out.warnings.push({
          code: 'uneven-times-a-year',
          start: f.start,
          end: f.end,
          text: out.input.slice(f.start, f.end),
        });
      }
      for (const d of monthEnds(Math.max(1, Math.floor(12 / c.n)))) acc.due.add(d);
      break;
    }
    default:
      break;
  }
}

function rruleOf(c: Component, due: IsoDate[], conv: Conventions): string | null {
  const count = due.length;
  if (count === 0) return null;
  switch (c.t) {
    case 'monthly': {
      const day = c.day ?? conv.monthlyDueDay;
      if (day === 'last') return `FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=${count}`;
      // Day N, or the month's last day where the month is shorter: the largest of 28..N that the month has.
      if (day <= 28) return `FREQ=MONTHLY;BYMONTHDAY=${day};COUNT=${count}`;
      return `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',')};BYSETPOS=-1;COUNT=${count}`;
    }
    case 'every-months':
      return `FREQ=MONTHLY;INTERVAL=${c.n};BYMONTHDAY=-1;COUNT=${count}`;
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=${count}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=FR;COUNT=${count}`;
    case 'times-a-year':
      return `FREQ=MONTHLY;INTERVAL=${Math.max(1, Math.floor(12 / c.n))};BYMONTHDAY=-1;COUNT=${count}`;
    default:
      return null;
  }
}

function dedupeWindows(windows: Window[]): Window[] {
  const seen = new Set<string>();
  return windows
    .filter((w) => {
      const k = `${w.start}/${w.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
}

function kindOf(acc: Acc, dated: number): ScheduleKind {
  const cats = new Set(acc.categories);
  // The year as the window of a recurrence ("Оқу жылы бойы әр 2 ай сайын") is the recurrence.
  if (cats.has('recurring')) cats.delete('year');
  if (cats.size === 0) return 'unknown';
  if (cats.size > 1) return 'mixed';
  const only = [...cats][0];
  if ((only === 'date' || only === 'month') && dated > 1) return 'list';
  return only;
}
