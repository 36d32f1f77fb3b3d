/**
 * The plan at a glance, projected from each item's one state (src/core/plan/item-state.ts): per unit the items by
 * status (an open item whose dates have all passed counts as overdue) and the share done, the overdue items, those due
 * in the next 14 days, the items with warnings, and the role-level problems once. Pure: the Overview sheet, its chart
 * and the sidebar's Overview tab all draw from this one result, never from the Plan's rendered cells.
 */
import type { IsoDate } from '../calendar/dates';
import { donePercent } from '../plan/done-percent';
import { isDueWithinHorizon, type ItemState, type StateKind } from '../plan/item-state';
import { STATUSES, type Status } from '../sheets/status';

export interface OverviewRow {
  id: string;
  unit: string;
  activity: string;
  warnings: readonly string[];
  state: ItemState;
}

export interface UnitSummary {
  unit: string;
  counts: Record<Status, number>;
  total: number;
  /** Done of the items not cancelled, rounded to a whole per cent; 0 when every item is cancelled. */
  percentDone: number;
  overdue: number;
}

export interface ListedItem {
  id: string;
  unit: string;
  activity: string;
  /** The status a person set. */
  status: Status;
  state: StateKind;
  /** The date "Next due" shows (ISO): the next one, or for an overdue item the one it missed; '' without dates. */
  nextDue: string;
  daysLate: number;
  warnings: string;
}

export interface Overview {
  today: IsoDate;
  units: UnitSummary[];
  overdue: ListedItem[];
  next14: ListedItem[];
  withWarnings: ListedItem[];
  /** Role-level problems (a missing or outside-domain email), each said once here and on the Roles sheet. */
  roleWarnings: string[];
}

/** The chart's column an item counts in: its status, except that an open item past all its dates is overdue. */
export function chartStatus(s: ItemState): Status {
  if (s.kind === 'overdue') return 'late';
  return s.status === 'late' ? 'planned' : s.status;
}

export function overviewOf(rows: readonly OverviewRow[], today: IsoDate, roleWarnings: string[] = []): Overview {
  const units = new Map<string, UnitSummary>();
  const overdue: ListedItem[] = [];
  const next14: ListedItem[] = [];
  const withWarnings: ListedItem[] = [];
  for (const r of rows) {
    if (!r.id.trim()) continue;
    const s = r.state;
    const unit = r.unit.trim() || '—';
    let u = units.get(unit);
    if (!u) {
      u = {
        unit,
        counts: Object.fromEntries(STATUSES.map((x) => [x, 0])) as Record<Status, number>,
        total: 0,
        percentDone: 0,
        overdue: 0,
      };
      units.set(unit, u);
    }
    u.counts[chartStatus(s)]++;
    u.total++;
    const item: ListedItem = {
      id: r.id.trim(),
      unit,
      activity: r.activity,
      status: s.status,
      state: s.kind,
      nextDue: s.shownDue ?? '',
      daysLate: s.kind === 'overdue' ? s.daysLate : 0,
      warnings: r.warnings.join('; '),
    };
    if (s.kind === 'overdue') {
      overdue.push(item);
      u.overdue++;
    } else if (isDueWithinHorizon(s)) next14.push(item);
    if (item.warnings && s.kind !== 'cancelled') withWarnings.push(item);
  }
  for (const u of units.values()) {
    const counted = u.total - u.counts.cancelled;
    u.percentDone = donePercent(u.counts.done, counted);
  }
  const byDue = (a: ListedItem, b: ListedItem) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : 0);
  return {
    today,
    units: [...units.values()],
    overdue: overdue.sort(byDue),
    next14: next14.sort(byDue),
    withWarnings,
    roleWarnings,
  };
}
