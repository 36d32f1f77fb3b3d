/**
 * The university's view of every unit's plan: per unit how many items, how much is done, what is overdue, what is due
 * in the next two weeks, and the execution report's counts for a period — each a projection of the items' one state
 * (plan-states.ts), so a unit's line says what its own Overview says. Pure.
 */
import type { IsoDate } from '../calendar/dates';
import { isDueWithinHorizon, isOverdue } from '../plan/item-state';
import { donePercent } from '../plan/done-percent';
import { emptyCounts, countItem, type Period, type PeriodCounts } from '../plan/period-counts';
import type { StatedItem } from './plan-states';

export interface UnitLine {
  /** The unit's spreadsheet id, name and folder path. */
  id: string;
  name: string;
  path: string;
  academicYear: string;
  items: number;
  done: number;
  cancelled: number;
  /** Done of the items not cancelled, in whole per cent (plan/done-percent.ts, as the Overview shows it). */
  percentDone: number;
  overdue: number;
  dueIn14: number;
  withWarnings: number;
  report: PeriodCounts;
}

export interface OverdueLine {
  unitId: string;
  unit: string;
  id: string;
  activity: string;
  responsible: string;
  deadline: string;
  lastMissed: IsoDate;
  daysLate: number;
}

export interface Unreadable {
  id: string;
  name: string;
  path: string;
  reason: 'no-access' | 'not-jospar' | 'older-version';
  detail: string;
}

export interface UniversitySummary {
  today: IsoDate;
  period: Period;
  units: UnitLine[];
  overdue: OverdueLine[];
  unreadable: Unreadable[];
  totals: Omit<UnitLine, 'id' | 'name' | 'path' | 'academicYear'>;
}

export function unitLine(
  unit: { id: string; name: string; path: string; academicYear: string },
  items: readonly StatedItem[],
  period: Period,
  today: IsoDate,
): { line: UnitLine; overdue: OverdueLine[] } {
  const report = emptyCounts();
  const overdue: OverdueLine[] = [];
  let done = 0;
  let cancelled = 0;
  let late = 0;
  let soon = 0;
  let warned = 0;
  for (const item of items) {
    const s = item.state;
    if (s.kind === 'done') done++;
    if (s.kind === 'cancelled') cancelled++;
    if (isDueWithinHorizon(s)) soon++;
    if (item.warnings.length > 0) warned++;
    if (isOverdue(s)) {
      late++;
      overdue.push({
        unitId: unit.id,
        unit: unit.name,
        id: item.id,
        activity: item.activity,
        responsible: item.responsible,
        deadline: item.deadline,
        lastMissed: s.lastMissed!,
        daysLate: s.daysLate,
      });
    }
    countItem({ schedule: item.schedule, status: item.status, doneOn: item.doneOn }, period, today, report);
  }
  const open = items.length - cancelled;
  return {
    line: {
      ...unit,
      items: items.length,
      done,
      cancelled,
      percentDone: donePercent(done, open),
      overdue: late,
      dueIn14: soon,
      withWarnings: warned,
      report,
    },
    overdue,
  };
}

export function universitySummary(
  today: IsoDate,
  period: Period,
  units: ReadonlyArray<{ line: UnitLine; overdue: OverdueLine[] }>,
  unreadable: Unreadable[],
): UniversitySummary {
  const lines = units.map((u) => u.line);
  const sum = (f: (l: UnitLine) => number) => lines.reduce((n, l) => n + f(l), 0);
  const report = emptyCounts();
  for (const l of lines) for (const k of Object.keys(report) as Array<keyof PeriodCounts>) report[k] += l.report[k];
  const items = sum((l) => l.items);
  const cancelled = sum((l) => l.cancelled);
  const done = sum((l) => l.done);
  return {
    today,
    period,
    units: lines,
    overdue: units
      .flatMap((u) => u.overdue)
      .sort((a, b) => b.daysLate - a.daysLate || a.unit.localeCompare(b.unit) || a.id.localeCompare(b.id)),
    unreadable,
    totals: {
      items,
      done,
      cancelled,
      percentDone: donePercent(done, items - cancelled),
      overdue: sum((l) => l.overdue),
      dueIn14: sum((l) => l.dueIn14),
      withWarnings: sum((l) => l.withWarnings),
      report,
    },
  };
}
