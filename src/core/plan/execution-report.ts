/**
 * The execution report of a year or a period (semester, quarter, month), decided in pure code from the Plan rows:
 * per unit, each item with its status, date done, evidence and notes; totals; the overdue items. The add-on lays it
 * out as a Doc with the headings in the Settings language.
 */
import { daysInMonth, ymd, type PlanYear } from '../calendar/dates';
import type { Lang } from '../i18n/lang';
import type { RowResult } from '../setup/plan-setup';
import { parseStatus, STATUS_LABELS } from '../sheets/status';
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
  doneOn: string;
  evidence: string;
  notes: string;
}

export interface ExecutionReport {
  period: ReportPeriod;
  units: Array<{ title: string; rows: ReportRow[] }>;
  totals: { items: number; done: number; inProgress: number; notDone: number; cancelled: number; percentDone: number };
  overdue: Array<{ id: string; activity: string; due: string }>;
}

/** Items of the period: for the year all; otherwise those with a due date in it, or done in it. */
export function executionReport(
  rows: readonly RowResult[],
  period: ReportPeriod,
  today: string,
  lang: Lang,
): ExecutionReport {
  const inPeriod = (d: string) => d >= period.start && d <= period.end;
  const chosen = rows.filter(
    (r) =>
      period.key === 'year' ||
      r.evaluation.schedule.dueWorking.some(inPeriod) ||
      inPeriod((r.cells.doneOn ?? '').slice(0, 10)),
  );
  const units = new Map<string, ReportRow[]>();
  const totals = { items: 0, done: 0, inProgress: 0, notDone: 0, cancelled: 0, percentDone: 0 };
  const overdue: ExecutionReport['overdue'] = [];
  const sorted = [...chosen].sort((a, b) => compareIds(a.id, b.id));
  for (const r of sorted) {
    const status = parseStatus(r.cells.status ?? '') ?? 'planned';
    totals.items++;
    if (status === 'done') totals.done++;
    else if (status === 'in-progress') totals.inProgress++;
    else if (status === 'cancelled') totals.cancelled++;
    else totals.notDone++;
    const unit = splitUnit(r.cells.unit ?? '');
    const title = r.cells.unit?.trim() || (unit.section !== null ? String(unit.section) : '');
    if (!units.has(title)) units.set(title, []);
    units.get(title)!.push({
      id: r.id,
      no: r.cells.no ?? '',
      activity: r.cells.activity ?? '',
      status: STATUS_LABELS[status][lang],
      doneOn: (r.cells.doneOn ?? '').slice(0, 10),
      evidence: r.cells.evidence ?? '',
      notes: r.cells.notes ?? '',
    });
    if (status !== 'done' && status !== 'cancelled') {
      const missed = r.evaluation.schedule.dueWorking.filter((d) => d < today && inPeriod(d));
      if (missed.length) overdue.push({ id: r.id, activity: r.cells.activity ?? '', due: missed[missed.length - 1] });
    }
  }
  const counted = totals.items - totals.cancelled;
  totals.percentDone = counted ? Math.round((totals.done / counted) * 1000) / 10 : 0;
  return { period, units: [...units].map(([title, rows]) => ({ title, rows })), totals, overdue };
}

function compareIds(a: string, b: string): number {
  const [as, an] = a.split('.').map(Number);
  const [bs, bn] = b.split('.').map(Number);
  return as - bs || an - bn;
}
