/**
 * The execution report of a year or a period (semester, quarter, month), decided in pure code from the Plan rows and
 * each item's one state (item-state.ts) as of the period's end (or today): per unit, each item with its status, state,
 * date done, evidence and notes; totals; the due dates of the period counted (period-counts.ts); the overdue items.
 * The add-on lays it out as a Doc with the headings in the Settings language.
 */
import { daysInMonth, ymd, type PlanYear } from '../calendar/dates';
import type { Lang } from '../i18n/lang';
import type { RowResult } from '../setup/plan-setup';
import { stateWord } from '../i18n/state-words';
import { STATUS_LABELS } from '../sheets/status';
import { donePercent } from './done-percent';
import { asOfFor, countItem, emptyCounts, periodPercentDone, type PeriodCounts } from './period-counts';
import { splitUnit } from './plan-from-sheet';

export interface ReportPeriod {
  key: string;
  start: string;
  end: string;
}

/** "year", "semester-1", "semester-2", "q1"…"q4" (of the academic year, from September), or a month "2026-03". */
export function reportPeriod(key: string, year: PlanYear): ReportPeriod | null {
  const y1 = year.startYear;
  const y2 = y1 + 1;
  const lastDay = (y: number, m: number) => ymd(y, m, daysInMonth(y, m));
  const table: Record<string, [string, string]> = {
    year: [year.start, year.end],
    'semester-1': [`${y1}-09-01`, `${y2}-01-31`],
    'semester-2': [`${y2}-02-01`, year.end],
    q1: [`${y1}-09-01`, `${y1}-11-30`],
    q2: [`${y1}-12-01`, lastDay(y2, 2)],
    q3: [`${y2}-03-01`, `${y2}-05-31`],
    q4: [`${y2}-06-01`, year.end],
  };
  if (table[key]) return { key, start: table[key][0], end: table[key][1] };
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  const start = `${key}-01`;
  if (start < year.start || start > year.end) return null;
  return { key, start, end: lastDay(Number(m[1]), Number(m[2])) };
}

export interface ReportRow {
  id: string;
  no: string;
  activity: string;
  status: string;
  /** The item's state as of the report's day, in words (src/core/i18n/state-words.ts). */
  state: string;
  doneOn: string;
  evidence: string;
  notes: string;
}

export interface ExecutionReport {
  period: ReportPeriod;
  /** The day the report looks from: the period's end, or today while the period runs on. */
  asOf: string;
  units: Array<{ title: string; rows: ReportRow[] }>;
  /** Items by their status as of the report's day (a done date after it is not done yet). */
  totals: { items: number; done: number; inProgress: number; notDone: number; cancelled: number; percentDone: number };
  /** Due dates in the period, each counted once (a monthly item once per month): src/core/plan/period-counts.ts. */
  occurrences: PeriodCounts;
  /** Of those, the items with more than one due date in the period and how many dates they brought: the report says
   * so, because a reader counting rows would otherwise find fewer than the counts. */
  recurring: { items: number; occurrences: number };
  /** Done (on time or late) of the occurrences not cancelled, in whole per cent (done-percent.ts). */
  occurrencesPercentDone: number;
  /** The items overdue as of the report's day: the Plan's overdue list on that day. */
  overdue: Array<{ id: string; activity: string; due: string; daysLate: number }>;
}

/** Items of the period: for the year all; otherwise those with a due date in it, or done in it. */
export function executionReport(
  rows: readonly RowResult[],
  period: ReportPeriod,
  today: string,
  lang: Lang,
): ExecutionReport {
  const inPeriod = (d: string) => d >= period.start && d <= period.end;
  const asOf = asOfFor(period, today);
  const units = new Map<string, ReportRow[]>();
  const totals = { items: 0, done: 0, inProgress: 0, notDone: 0, cancelled: 0, percentDone: 0 };
  const occurrences = emptyCounts();
  const recurring = { items: 0, occurrences: 0 };
  const overdue: ExecutionReport['overdue'] = [];
  const sorted = [...rows].sort((a, b) => compareIds(a.id, b.id));
  for (const r of sorted) {
    const doneOn = (r.cells.doneOn ?? '').slice(0, 10);
    const input = { schedule: r.evaluation.schedule, status: r.cells.status ?? '', doneOn };
    const before = occurrences.occurrences;
    const s = countItem(input, period, today, occurrences);
    if (occurrences.occurrences - before > 1) {
      recurring.items++;
      recurring.occurrences += occurrences.occurrences - before;
    }
    if (s.kind === 'overdue')
      overdue.push({ id: r.id, activity: r.cells.activity ?? '', due: s.lastMissed!, daysLate: s.daysLate });
    const chosen = period.key === 'year' || r.evaluation.schedule.dueWorking.some(inPeriod) || inPeriod(doneOn);
    if (!chosen) continue;
    totals.items++;
    if (s.status === 'done') totals.done++;
    else if (s.status === 'in-progress') totals.inProgress++;
    else if (s.status === 'cancelled') totals.cancelled++;
    else totals.notDone++;
    const unit = splitUnit(r.cells.unit ?? '');
    const title = r.cells.unit?.trim() || (unit.section !== null ? String(unit.section) : '');
    if (!units.has(title)) units.set(title, []);
    units.get(title)!.push({
      id: r.id,
      no: r.cells.no ?? '',
      activity: r.cells.activity ?? '',
      status: STATUS_LABELS[s.status][lang],
      state: stateWord(s, lang),
      doneOn: s.doneOn ?? '',
      evidence: r.cells.evidence ?? '',
      notes: r.cells.notes ?? '',
    });
  }
  const counted = totals.items - totals.cancelled;
  totals.percentDone = donePercent(totals.done, counted);
  const occurrencesPercentDone = periodPercentDone(occurrences);
  overdue.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : compareIds(a.id, b.id)));
  return {
    period,
    asOf,
    units: [...units].map(([title, rows]) => ({ title, rows })),
    totals,
    occurrences,
    recurring,
    occurrencesPercentDone,
    overdue,
  };
}

function compareIds(a: string, b: string): number {
  const [as, an] = a.split('.').map(Number);
  const [bs, bn] = b.split('.').map(Number);
  return as - bs || an - bn;
}
