/**
 * The item's state as the mail sees it. Interim: the same rules as core/plan/item-state's itemState (done and
 * cancelled end an item, done after today is not done yet, overdue when every due date has passed, due today is not
 * overdue, on demand is never late), reduced to what the cadence reads; it is replaced by a call to itemState as soon
 * as that lands, so the mail and every other view share one truth.
 */
import type { IsoDate } from '../calendar/dates';
import { parseStatus } from '../sheets/status';

export type MailStateKind = 'open' | 'due-today' | 'overdue' | 'done' | 'cancelled' | 'on-demand';

export interface MailState {
  kind: MailStateKind;
  /** The first due date on or after today; null when none is left, or the item is done or cancelled. */
  nextDue: IsoDate | null;
  /** The due date an overdue item missed (its last). */
  lastMissed: IsoDate | null;
  /** The day it was done, when done and known. */
  doneOn: IsoDate | null;
}

export interface MailStateInput {
  due: readonly IsoDate[];
  onDemand: boolean;
  status: string;
  doneOn: string;
}

export function mailState(item: MailStateInput, today: IsoDate): MailState {
  const none = { nextDue: null, lastMissed: null, doneOn: null };
  let status = parseStatus(item.status) ?? 'planned';
  const doneOn = /^\d{4}-\d{2}-\d{2}/.exec(item.doneOn.trim())?.[0] ?? '';
  if (status === 'done' && doneOn > today) status = 'planned';
  if (status === 'cancelled') return { ...none, kind: 'cancelled' };
  if (status === 'done') return { ...none, kind: 'done', doneOn: doneOn || null };
  if (item.onDemand) return { ...none, kind: 'on-demand' };
  const last = item.due[item.due.length - 1];
  if (!last) return { ...none, kind: 'open' };
  if (last < today) return { ...none, kind: 'overdue', lastMissed: last };
  const next = item.due.find((d) => d >= today)!;
  return { ...none, kind: next === today ? 'due-today' : 'open', nextDue: next };
}
