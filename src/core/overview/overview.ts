/**
 * The plan at a glance, from the Plan sheet's cells: per unit the items by status and the share done, the overdue
 * items, those due in the next 14 days, and those with warnings. Pure: the Overview sheet, its chart and the sidebar's
 * Overview tab all draw from this one result.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import { parseStatus, STATUSES, type Status } from '../sheets/status';

export interface OverviewRow {
  id: string;
  unit: string;
  activity: string;
  status: string;
  nextDue: string;
  warnings: string;
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
  status: Status;
  nextDue: string;
  warnings: string;
}

export interface Overview {
  today: IsoDate;
  units: UnitSummary[];
  overdue: ListedItem[];
  next14: ListedItem[];
  withWarnings: ListedItem[];
}

export const UPCOMING_DAYS = 14;

/** A status cell Jospar cannot read counts as planned (its row says so in Set up's report). */
export function overviewOf(rows: readonly OverviewRow[], today: IsoDate): Overview {
  const units = new Map<string, UnitSummary>();
  const overdue: ListedItem[] = [];
  const next14: ListedItem[] = [];
  const withWarnings: ListedItem[] = [];
  const horizon = addDays(today, UPCOMING_DAYS);
  for (const r of rows) {
    if (!r.id.trim()) continue;
    const status = parseStatus(r.status) ?? 'planned';
    const unit = r.unit.trim() || '—';
    let u = units.get(unit);
    if (!u) {
      u = {
        unit,
        counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
        total: 0,
        percentDone: 0,
        overdue: 0,
      };
      units.set(unit, u);
    }
    u.counts[status]++;
    u.total++;
    const item: ListedItem = {
      id: r.id.trim(),
      unit,
      activity: r.activity,
      status,
      nextDue: r.nextDue.trim(),
      warnings: r.warnings.trim(),
    };
    const open = status !== 'done' && status !== 'cancelled';
    if (open && (status === 'late' || (item.nextDue && item.nextDue < today))) {
      overdue.push(item);
      u.overdue++;
    } else if (open && item.nextDue && item.nextDue <= horizon) next14.push(item);
    if (item.warnings && status !== 'cancelled') withWarnings.push(item);
  }
  for (const u of units.values()) {
    const counted = u.total - u.counts.cancelled;
    u.percentDone = counted > 0 ? Math.round((100 * u.counts.done) / counted) : 0;
  }
  const byDue = (a: ListedItem, b: ListedItem) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : 0);
  return { today, units: [...units.values()], overdue: overdue.sort(byDue), next14: next14.sort(byDue), withWarnings };
}
