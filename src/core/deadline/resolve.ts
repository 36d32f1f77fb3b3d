/**
 * Resolving what the rules found in a deadline cell against the plan year, the academic calendar and the working-day
 * calendar: the schedule's due dates, windows, recurrences and kind. Each kind of part is read by a function of its
 * own (READERS), so that a fresh Apps Script context compiles only what a cell holds.
 */
import type { AcademicPeriod } from '../calendar/academic-calendar';
import {
  addDays,
  daysBetween,
  lastDayOfMonth,
  ymd,
  weekday,
  daysInMonth,
  type IsoDate,
  type PlanYear,
} from '../calendar/dates';
import { isWorkingDay, toWorkingDay } from '../calendar/working-days';
import type { Relation } from './lexicon';
import {
  DEFAULT_CONVENTIONS,
  type Component,
  type Conventions,
  type DeadlineContext,
  type DeadlineIssue,
  type DayOfYear,
  type Found,
  type MonthDay,
  type Offset,
  type PeriodOffset,
  type Schedule,
  type Season,
  type ScheduleKind,
  type Window,
} from './types';

/** The year a month falls in within the plan year (a month before the starting one is in the next calendar year). */
function monthYear(py: PlanYear, m: number): number {
  return m >= Number(py.start.slice(5, 7)) ? py.startYear : py.startYear + 1;
}

function nextYear(py: PlanYear): PlanYear {
  const [y1, y2] = [py.start, py.end].map((d) => Number(d.slice(0, 4)) + 1);
  return {
    ...py,
    startYear: py.startYear + 1,
    start: ymd(y1, Number(py.start.slice(5, 7)), Number(py.start.slice(8))),
    end: lastDayOfMonth(y2, Number(py.end.slice(5, 7))),
  };
}

interface Acc {
  due: Set<IsoDate>;
  windows: Window[];
  anchors: Set<string>;
  categories: Set<ScheduleKind>;
  recurrences: Component[];
  offsets: PeriodOffset[];
  /** Month ranges that bound the recurrences of the cell. */
  bounds: Window[];
}

/**
 * Day `day` of a month, its last day, or its first / last working day; a day past the month's end is its last day.
 */
function dayOfMonth(y: number, m: number, day: MonthDay, daysOff: ReadonlySet<string> = new Set()): IsoDate {
  if (day === 'last') return lastDayOfMonth(y, m);
  if (day === 'first-working' || day === 'last-working') {
    const step = day === 'first-working' ? 1 : -1;
    let d = day === 'first-working' ? ymd(y, m, 1) : lastDayOfMonth(y, m);
    for (let i = 0; i < 20 && !isWorkingDay(d, daysOff); i++) d = addDays(d, step);
    return d;
  }
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** A date moved by an offset; working days skip weekends and the days off. */
export function applyOffset(date: IsoDate, o: Offset, daysOff: ReadonlySet<string>): IsoDate {
  const sign = o.dir === 'before' ? -1 : 1;
  switch (o.unit) {
    case 'day':
      return addDays(date, sign * o.n);
    case 'week':
      return addDays(date, sign * 7 * o.n);
    case 'month':
      return addMonths(date, sign * o.n);
    case 'working-day': {
      let d = date;
      for (let left = o.n; left > 0;) {
        d = addDays(d, sign);
        if (isWorkingDay(d, daysOff)) left--;
      }
      return d;
    }
  }
}

/** Calendar quarters (I = January-March) placed by their last month in the plan year. */
function quarterWindow(py: DeadlineContext['year'], from: number, to: number, year: number | null): Window {
  const endM = to * 3;
  const endY = year ?? monthYear(py, endM);
  const startM = from * 3 - 2;
  const startY = startM > endM ? endY - 1 : endY;
  return { start: ymd(startY, startM, 1), end: lastDayOfMonth(endY, endM) };
}

/** Seasons as months: autumn September-November, winter December-February, spring March-May, summer June-August. */
function seasonWindow(py: DeadlineContext['year'], season: Season): { y: number; m: number; toY: number; toM: number } {
  const y0 = py.startYear;
  switch (season) {
    case 'autumn':
      return { y: y0, m: 9, toY: y0, toM: 11 };
    case 'winter':
      return { y: y0, m: 12, toY: y0 + 1, toM: 2 };
    case 'spring':
      return { y: y0 + 1, m: 3, toY: y0 + 1, toM: 5 };
    case 'summer':
      return { y: y0 + 1, m: 6, toY: y0 + 1, toM: 8 };
  }
}

const RECURRENCES = new Set(['monthly', 'every-months', 'quarterly', 'weekly', 'times-a-year']);

/**
 * What resolving a cell carries from one found part to the next. Each kind of part is read by a function of its own:
 * in a fresh Apps Script context V8 compiles a function on its first call, so a cell pays only for the kinds it holds.
 */
interface Resolving {
  ctx: DeadlineContext;
  /** The plan year the dates fall in ("келесі оқу жылының …" moves it on), and the plan year itself. */
  py: PlanYear;
  own: PlanYear;
  conv: Conventions;
  acc: Acc;
  out: Schedule;
  /** The cell holds a recurrence: month ranges beside it bound it. */
  recurs: boolean;
  /** The year a list carries forward, and the last date it read (a list runs forward in time). */
  carriedYear: number | null;
  previous: IsoDate | null;
  /** The cell says the item is yearly. */
  yearly: boolean;
}

function issue(r: Resolving, f: Found, code: DeadlineIssue['code'], list: DeadlineIssue[] = r.out.warnings): void {
  list.push({ code, start: f.start, end: f.end, text: r.out.input.slice(f.start, f.end) });
}

/** Years carry forward through a list; an element with no year falls inside the plan year. */
function yearFor(r: Resolving, y: number | null, m: number): number {
  if (y !== null) {
    r.carriedYear = y;
    return y;
  }
  if (r.carriedYear !== null) {
    let year: number = r.carriedYear;
    // "2025 ж. желтоқсан, қаңтар": a list runs forward in time.
    if (r.previous !== null && ymd(year, m, 1) < r.previous.slice(0, 8) + '01') year += 1;
    return year;
  }
  return monthYear(r.py, m);
}

function addExplicit(r: Resolving, f: Found, date: IsoDate): void {
  // Outside the plan year (its first month is a setting): said, never moved.
  if (date < r.own.start || date > r.own.end) issue(r, f, 'outside-plan-year');
  r.acc.due.add(date);
  r.previous = date;
}

type Part<T extends Component['t']> = Extract<Component, { t: T }>;

/** Each reader says whether the part dates the item. */
function readDate(r: Resolving, f: Found, c: Part<'date'>): boolean {
  const y = yearFor(r, c.y, c.m);
  if (c.d > daysInMonth(y, c.m)) {
    issue(r, f, 'impossible-date', r.out.errors);
    return false;
  }
  addExplicit(r, f, ymd(y, c.m, c.d));
  r.acc.categories.add('date');
  return true;
}

function readRange(r: Resolving, f: Found, c: Part<'range'>): boolean {
  const w = rangeDates(c.from, c.to, (y, m) => yearFor(r, y, m), r.carriedYear === null ? r.py : null);
  if (!w) {
    issue(r, f, 'impossible-date', r.out.errors);
    return false;
  }
  r.acc.windows.push(w);
  addExplicit(r, f, r.conv.rangeDue === 'start' ? w.start : w.end);
  r.previous = w.end;
  r.acc.categories.add('date');
  return true;
}

function readUntilYearEnd(r: Resolving, f: Found, c: Part<'until-year-end'>): boolean {
  const y = yearFor(r, c.from.y, c.from.m);
  const d = Math.min(c.from.d, daysInMonth(y, c.from.m));
  const w = { start: ymd(y, c.from.m, d), end: r.py.end };
  r.acc.windows.push(w);
  addExplicit(r, f, r.conv.rangeDue === 'start' ? w.start : w.end);
  r.acc.categories.add('date');
  return true;
}

function readMonthEnd(r: Resolving, f: Found, c: Part<'month-end'>): boolean {
  addExplicit(r, f, lastDayOfMonth(yearFor(r, c.y, c.m), c.m));
  r.acc.categories.add('date');
  return true;
}

function readQuarter(r: Resolving, f: Found, c: Part<'quarter'>): boolean {
  const w = quarterWindow(r.py, c.from, c.to, c.y ?? null);
  r.acc.windows.push(w);
  addExplicit(r, f, w.end);
  r.acc.categories.add('month');
  return true;
}

function readSeason(r: Resolving, f: Found, c: Part<'season'>): boolean {
  const w = seasonWindow(r.py, c.season);
  r.acc.windows.push({ start: ymd(w.y, w.m, 1), end: lastDayOfMonth(w.toY, w.toM) });
  addExplicit(r, f, dayOfMonth(w.toY, w.toM, r.conv.monthDueDay));
  r.acc.categories.add('month');
  return true;
}

function readMonth(r: Resolving, f: Found, c: Part<'month'>): boolean {
  const y = yearFor(r, c.y, c.m);
  let toY = c.toY ?? y;
  if (c.toY === null && c.toM < c.m) toY = y + 1;
  if (c.toY !== null) r.carriedYear = c.toY;
  const w = { start: ymd(y, c.m, 1), end: lastDayOfMonth(toY, c.toM) };
  r.acc.windows.push(w);
  // "еженедельно по пятницам с октября по апрель": months beside a recurrence bound it; they are not due.
  if (r.recurs && (c.toM !== c.m || toY !== y)) {
    r.acc.bounds.push(w);
    return false;
  }
  addExplicit(r, f, dayOfMonth(toY, c.toM, r.conv.monthDueDay));
  r.acc.categories.add('month');
  return true;
}

function readAnchor(r: Resolving, f: Found, c: Part<'anchor'>): boolean {
  const { ctx, py } = r;
  let periods = ctx.calendar
    .filter((p) => c.kinds.includes(p.kind) && p.end >= py.start && p.start <= py.end)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const season = c.season ?? (c.summerOnly ? 'summer' : null);
  if (season) periods = ofSeason(periods, season, py);
  if (c.nth) periods = periods.slice(c.nth - 1, c.nth);
  if (periods.length === 0) {
    issue(r, f, 'calendar-period-missing');
    return false;
  }
  for (const p of periods) addAnchor(r.acc, p, c.relation, r.conv, c.offset ?? null, ctx.daysOff);
  r.acc.categories.add('calendar');
  return true;
}

function readPerCalendar(r: Resolving, f: Found): boolean {
  const { ctx } = r;
  const linked = (ctx.links ?? [])
    .map((id) => ctx.calendar.find((p) => p.id === id))
    .filter((p): p is AcademicPeriod => !!p);
  if (linked.length === 0) {
    issue(r, f, 'calendar-link-needed');
    return false;
  }
  for (const p of linked) addAnchor(r.acc, p, 'during', r.conv, null, ctx.daysOff);
  r.acc.categories.add('calendar');
  return true;
}

function recurrence(r: Resolving, _f: Found, c: Component): boolean {
  r.acc.recurrences.push(c);
  r.acc.categories.add('recurring');
  return false;
}

function onDemand(r: Resolving): boolean {
  r.out.onDemand = true;
  r.acc.categories.add('on-demand');
  return false;
}

const nothing = (): boolean => false;

/** The reader of each kind of part; each says whether the part dates the item. */
const READERS: { [T in Component['t']]: (r: Resolving, f: Found, c: Part<T>) => boolean } = {
  date: readDate,
  range: readRange,
  'until-year-end': readUntilYearEnd,
  'month-end': readMonthEnd,
  quarter: readQuarter,
  season: readSeason,
  yearly: (r) => {
    r.yearly = true;
    return false;
  },
  month: readMonth,
  monthly: recurrence,
  'every-months': recurrence,
  quarterly: recurrence,
  weekly: recurrence,
  'times-a-year': recurrence,
  'whole-year': (r) => {
    r.acc.windows.push({ start: r.py.start, end: r.py.end });
    r.acc.categories.add('year');
    return false;
  },
  'year-end': (r) => {
    r.acc.due.add(r.py.end);
    r.acc.categories.add('year');
    return true;
  },
  anchor: readAnchor,
  'per-calendar': readPerCalendar,
  'on-demand': onDemand,
  event: onDemand,
  external: (r, f) => {
    r.out.notes.push({
      code: 'partly-understood',
      start: f.start,
      end: f.end,
      text: r.out.input.slice(f.start, f.end),
    });
    return false;
  },
  'plan-year': (r, f, c) => {
    if (c.startYear !== r.own.startYear) issue(r, f, 'other-plan-year');
    return false;
  },
  'next-year': nothing,
  label: nothing,
};

/**
 * The found parts made into the schedule's dates, windows, recurrences and kind. Kept short, the rare parts (a yearly
 * item, a recurrence, the whole year) read apart: in a fresh context V8 compiles all of a function on its first call.
 */
export function resolve(found: Found[], planCtx: DeadlineContext, out: Schedule): void {
  // "келесі оқу жылының 15 қарашасына дейін": every date of the cell is in the next plan year.
  const ctx = found.some((f) => f.c.t === 'next-year') ? { ...planCtx, year: nextYear(planCtx.year) } : planCtx;
  const acc: Acc = {
    due: new Set(),
    windows: [],
    anchors: new Set(),
    categories: new Set(),
    recurrences: [],
    offsets: [],
    bounds: [],
  };
  const r: Resolving = {
    ctx,
    py: ctx.year,
    own: planCtx.year,
    conv: { ...DEFAULT_CONVENTIONS, ...ctx.conventions },
    acc,
    out,
    recurs: found.some((f) => RECURRENCES.has(f.c.t)),
    carriedYear: null,
    previous: null,
    yearly: false,
  };
  let dated = 0;
  for (const f of found) if ((READERS[f.c.t] as (r: Resolving, f: Found, c: Component) => boolean)(r, f, f.c)) dated++;
  if (r.yearly || acc.recurrences.length > 0 || acc.categories.has('year'))
    dated = yearsAndRecurrences(r, found, dated);

  out.due = [...acc.due].sort();
  out.dueWorking = [...new Set(out.due.map((d) => toWorkingDay(d, ctx.daysOff, ctx.policy)))].sort();
  out.windows = acc.windows.length > 1 ? dedupeWindows(acc.windows) : acc.windows;
  out.anchors = [...acc.anchors];
  if (acc.offsets.length) out.offsets = acc.offsets;
  out.kind = kindOf(acc, dated);
  out.rrule = acc.recurrences.length === 1 && dated === 0 ? rruleOf(acc.recurrences[0], out.due, r.conv) : null;
}

/** A yearly item, the cell's recurrences and the whole year: what dates they add; the count of dated parts after. */
function yearsAndRecurrences(r: Resolving, found: Found[], dated: number): number {
  const { acc, py } = r;
  // "жыл сайын 1 наурызға дейін": a yearly item with its date is due on that date only; alone, at the year's end.
  if (r.yearly && dated === 0) {
    acc.due.add(py.end);
    acc.categories.add('year');
    dated++;
  }
  if (acc.recurrences.length > 0) addRecurrences(r, found, dated > 0);
  // The whole year with nothing else dated: due on its last day.
  if (
    acc.categories.has('year') &&
    acc.due.size === 0 &&
    acc.recurrences.length === 0 &&
    r.conv.wholeYearDue === 'end'
  ) {
    acc.due.add(py.end);
    r.out.throughoutYear = true;
  }
  return dated;
}

/** The dates of the cell's recurrences, inside the month ranges that bound them. */
function addRecurrences(r: Resolving, found: Found[], anchored: boolean): void {
  const { acc } = r;
  for (const c of acc.recurrences) {
    const dates = new Set<IsoDate>();
    expandRecurrence(c, r.ctx, r.conv, { ...acc, due: dates }, anchored, found, r.out);
    for (const d of dates)
      if (acc.bounds.length === 0 || acc.bounds.some((b) => d >= b.start && d <= b.end)) acc.due.add(d);
  }
  // "Жылына 2 рет" beside dated parts only counts them: it is not a recurrence of its own.
  if (anchored && acc.recurrences.every((x) => x.t === 'times-a-year')) acc.categories.delete('recurring');
}

const SEASON_NAME: Record<Season, RegExp> = {
  autumn: /күзгі|осен|autumn|fall/i,
  winter: /қысқы|зимн|winter/i,
  spring: /көктем|весен|spring/i,
  summer: /жазғы|летн|summer/i,
};

/**
 * The periods a season word picks: those whose name says that season; else by the half of the academic year they
 * start in (autumn and winter: before 20 January; spring and summer: after), as "көктемгі сессия" is the May one.
 */
function ofSeason(periods: AcademicPeriod[], season: Season, py: DeadlineContext['year']): AcademicPeriod[] {
  const named = periods.filter((p) => SEASON_NAME[season].test(`${p.name.kk} ${p.name.ru} ${p.name.en}`));
  if (named.length) return named;
  const cut = ymd(py.startYear + 1, 1, 20);
  const first = season === 'autumn' || season === 'winter';
  return periods.filter((p) => p.start < cut === first);
}

/**
 * The two ends of a range of days. A year written on either end sets both (the start before the end); with no year at
 * all (and none carried from a list) the range goes where it overlaps the plan year most: "15 қыркүйек – 20 қазан" in
 * it, "28.06 - 05.09" (the summer) at its end, not three months before it.
 */
function rangeDates(
  from: DayOfYear,
  to: DayOfYear,
  yearFor: (y: number | null, m: number) => number,
  py: DeadlineContext['year'] | null,
): Window | null {
  if (py && from.y === null && to.y === null) {
    let best: Window | null = null;
    let bestOverlap = -1;
    const base = monthYear(py, to.m);
    for (const toY of [base, base + 1, base - 1]) {
      const w = placeRange(from, to, toY);
      if (!w) continue;
      const overlap = daysBetween(w.start > py.start ? w.start : py.start, w.end < py.end ? w.end : py.end);
      if (overlap > bestOverlap) {
        best = w;
        bestOverlap = overlap;
      }
    }
    return best;
  }
  const fromFirst = from.m * 100 + from.d <= to.m * 100 + to.d;
  let toY: number;
  let fromY: number;
  if (to.y !== null) {
    toY = yearFor(to.y, to.m);
    fromY = from.y ?? (fromFirst ? toY : toY - 1);
  } else if (from.y !== null) {
    fromY = yearFor(from.y, from.m);
    toY = fromFirst ? fromY : fromY + 1;
  } else {
    toY = yearFor(null, to.m);
    fromY = fromFirst ? toY : toY - 1;
  }
  return windowOf(from, fromY, to, toY);
}

/** The day in that year: "28(29) февраля" is the 28th or the 29th; any other day past the month's end is no date. */
function dayIn(x: DayOfYear, y: number): number | null {
  const last = daysInMonth(y, x.m);
  if (x.d <= last) return x.d;
  return x.clip ? last : null;
}

function windowOf(from: DayOfYear, fromY: number, to: DayOfYear, toY: number): Window | null {
  const fd = dayIn(from, fromY);
  const td = dayIn(to, toY);
  if (fd === null || td === null) return null;
  const start = ymd(fromY, from.m, fd);
  const end = ymd(toY, to.m, td);
  return start <= end ? { start, end } : null;
}

function placeRange(from: DayOfYear, to: DayOfYear, toY: number): Window | null {
  return windowOf(from, from.m * 100 + from.d <= to.m * 100 + to.d ? toY : toY - 1, to, toY);
}

function addAnchor(
  acc: Acc,
  p: AcademicPeriod,
  relation: Relation,
  conv: Conventions,
  offset: Offset | null,
  daysOff: ReadonlySet<string>,
): void {
  acc.anchors.add(p.id);
  if (offset) {
    // Before counts from the start unless the text says the end; after counts from the end unless it says the start.
    const from =
      offset.dir === 'before' ? (relation === 'end' ? 'end' : 'start') : relation === 'start' ? 'start' : 'end';
    const due = applyOffset(from === 'start' ? p.start : p.end, offset, daysOff);
    acc.due.add(due);
    acc.offsets.push({ period: p.id, from, offset, due });
    return;
  }
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

/** The twelve months of a plan year, its first month first. */
function planMonths(ctx: DeadlineContext): Array<{ y: number; m: number }> {
  const months: Array<{ y: number; m: number }> = [];
  const first = Number(ctx.year.start.slice(5, 7));
  for (let i = 0; i < 12; i++) {
    const m = ((first - 1 + i) % 12) + 1;
    months.push({ y: monthYear(ctx.year, m), m });
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
      for (const { y, m } of months) acc.due.add(dayOfMonth(y, m, c.day ?? conv.monthlyDueDay, ctx.daysOff));
      break;
    case 'every-months':
      for (const d of monthEnds(c.n)) acc.due.add(d);
      break;
    case 'quarterly':
      for (const { y, m } of months) {
        if (m % 3 !== 0) continue;
        const due = c.due;
        if (!due) acc.due.add(lastDayOfMonth(y, m));
        else if ('daysAfter' in due) acc.due.add(addDays(lastDayOfMonth(y, m), due.daysAfter));
        else {
          // The month after the quarter: October, January, April, July, all inside the plan year.
          const nm = (m % 12) + 1;
          acc.due.add(dayOfMonth(nm === 1 ? y + 1 : y, nm, due.monthAfter, ctx.daysOff));
        }
      }
      break;
    case 'weekly': {
      // Every (N-th) week on its day, Friday unless the text names one, counted from the plan year's first such day.
      const wd = c.weekday ?? 5;
      let d = ctx.year.start;
      while (weekday(d) !== wd) d = addDays(d, 1);
      for (; d <= ctx.year.end; d = addDays(d, 7 * (c.interval ?? 1))) acc.due.add(d);
      break;
    }
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
      // Working days depend on the days off, which an RRULE cannot say: the dates are listed instead.
      if (day === 'first-working' || day === 'last-working') return null;
      // Day N, or the month's last day where the month is shorter: the largest of 28..N that the month has.
      if (day <= 28) return `FREQ=MONTHLY;BYMONTHDAY=${day};COUNT=${count}`;
      return `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: day - 27 }, (_, i) => 28 + i).join(',')};BYSETPOS=-1;COUNT=${count}`;
    }
    case 'every-months':
      return `FREQ=MONTHLY;INTERVAL=${c.n};BYMONTHDAY=-1;COUNT=${count}`;
    case 'quarterly': {
      const due = c.due;
      if (!due) return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=${count}`;
      if ('monthAfter' in due && due.monthAfter === 'last')
        return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=${count}`;
      if ('monthAfter' in due && typeof due.monthAfter === 'number' && due.monthAfter <= 28)
        return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=${due.monthAfter};COUNT=${count}`;
      return null;
    }
    case 'weekly':
      return `FREQ=WEEKLY;${c.interval && c.interval > 1 ? `INTERVAL=${c.interval};` : ''}BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][c.weekday ?? 5]};COUNT=${count}`;
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
