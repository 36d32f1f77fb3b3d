/**
 * What the execution report counts for a period, from the one item state (item-state.ts): each due date of an item
 * that falls in the period is one occurrence (a monthly item is counted once per month of the period), and each
 * occurrence is done, done late, overdue, not yet due, cancelled, or an earlier date of a recurring item still open.
 * The state is taken as of the period's end, or today when the period has not ended: so the report's overdue list is
 * the Plan's on that day, and a done date after it is not counted as done.
 */
import type { IsoDate } from '../calendar/dates';
import { donePercent } from './done-percent';
import { itemState, type ItemState, type ItemStateInput } from './item-state';

export type Outcome = 'done' | 'done-late' | 'overdue' | 'not-yet-due' | 'cancelled' | 'earlier-open';

export const OUTCOMES: readonly Outcome[] = [
  'done',
  'done-late',
  'overdue',
  'not-yet-due',
  'cancelled',
  'earlier-open',
];

export type PeriodCounts = Record<Outcome, number> & { occurrences: number };

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** The day a report about `period` looks from: its end, or today while it runs on. */
export function asOfFor(period: Period, today: IsoDate): IsoDate {
  return period.end < today ? period.end : today;
}

/**
 * One occurrence's outcome, for an item whose state as of the report's day is `s`. Only an item's last date can be
 * overdue or done late, as in the Plan (item-state.ts says why); its earlier dates, while it is open, are
 * "earlier-open": passed, and not something a status of the whole item can mark.
 */
export function outcomeOf(date: IsoDate, s: ItemState, asOf: IsoDate): Outcome {
  if (s.kind === 'cancelled') return 'cancelled';
  if (s.kind === 'done') return s.doneLate && date === s.lastDue ? 'done-late' : 'done';
  if (s.kind === 'overdue' && date === s.lastMissed) return 'overdue';
  if (date >= asOf) return 'not-yet-due';
  return 'earlier-open';
}

/** Done (on time or late) of a period's due dates not cancelled, in whole per cent (done-percent.ts). */
export function periodPercentDone(c: PeriodCounts): number {
  return donePercent(c.done + c['done-late'], c.occurrences - c.cancelled);
}

export function emptyCounts(): PeriodCounts {
  return { done: 0, 'done-late': 0, overdue: 0, 'not-yet-due': 0, cancelled: 0, 'earlier-open': 0, occurrences: 0 };
}

/**
 * Adds one item's occurrences in the period to `counts` and returns its state as of the report's day. On-demand
 * items give no occurrence (they have no due date of their own).
 */
export function countItem(input: ItemStateInput, period: Period, today: IsoDate, counts: PeriodCounts): ItemState {
  const asOf = asOfFor(period, today);
  const s = itemState(input, { today: asOf });
  if (s.kind === 'on-demand') return s;
  for (const d of input.schedule.dueWorking) {
    if (d < period.start) continue;
    if (d > period.end) break;
    counts[outcomeOf(d, s, asOf)]++;
    counts.occurrences++;
  }
  return s;
}

/** Every item's occurrences in the period, counted, and the items overdue as of the report's day. */
export function periodCounts(
  items: ReadonlyArray<ItemStateInput & { id: string }>,
  period: Period,
  today: IsoDate,
): { counts: PeriodCounts; overdue: Array<{ id: string; state: ItemState }> } {
  const counts = emptyCounts();
  const overdue: Array<{ id: string; state: ItemState }> = [];
  for (const item of items) {
    const s = countItem(item, period, today, counts);
    if (s.kind === 'overdue') overdue.push({ id: item.id, state: s });
  }
  return { counts, overdue };
}
