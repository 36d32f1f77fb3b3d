/**
 * The one truth about an item on a given day: computed here, once, from the plan row's parsed deadline (its due dates
 * already moved to working days by the deadline engine under the working-day calendar), the status a person set, the
 * date done and today. Every view projects this result: the Plan's system columns, the Overview sheet and chart, the
 * sidebar, the daily mail and the director's summary, the execution report, the calendar event's status line. No view
 * works "late" or "due soon" out for itself, and none reads it back from another view's cells.
 *
 * The rules, and why:
 * - A status a person chose is theirs: done and cancelled end the item; planned, in progress (and an older "overdue"
 *   a person picked) leave it open, and its dates decide the rest.
 * - Done on a day after today is not done yet today (the execution report asks about earlier days).
 * - An open item is overdue when every due date has passed: a recurring item's Status describes the whole item, so an
 *   earlier month's occurrence passing is not a lateness Jospar can know of (the mail has always said so).
 * - Due today is not overdue (a deadline "by 20.10" runs to the end of that day); due soon is a date within the next
 *   UPCOMING_DAYS days, the horizon of the Overview's "next 14 days".
 * - Submitted for review (reported done where a keeper confirms, src/core/plan/done-request.ts) is neither done nor
 *   late: the person has reported, so no reminder chases them, and nothing counts it done before a keeper confirms.
 *   Its Date done is the day it was reported (kept when confirmed).
 * - On demand ("талап бойынша") is never late; a whole-year item ("Оқу жылы бойы") is ongoing until its convention
 *   date comes near, then due soon, today and overdue like any other.
 * Pure and linear: one pass over the item's due dates, no allocation beyond the result.
 */
import { addDays, daysBetween, type IsoDate } from '../calendar/dates';
import type { Schedule } from '../deadline/types';
import { parseStatus, type Status } from '../sheets/status';

export const UPCOMING_DAYS = 14;

export type StateKind =
  | 'planned'
  | 'in-progress'
  | 'due-soon'
  | 'due-today'
  | 'overdue'
  | 'done'
  | 'cancelled'
  | 'on-demand'
  | 'ongoing'
  | 'submitted';

/** Why the item is in its state: the rule that decided, with the date and count it rests on. */
export type StateReason =
  | 'cancelled'
  | 'done'
  | 'done-late'
  | 'on-demand'
  | 'no-date'
  | 'all-dates-passed'
  | 'due-today'
  | 'due-soon'
  | 'next-date'
  | 'whole-year'
  | 'submitted';

export interface ItemStateInput {
  schedule: Pick<Schedule, 'dueWorking' | 'onDemand' | 'throughoutYear'>;
  /**
   * The Status cell as a person left it (any language; blank is planned, an unknown word is planned), or the status
   * already read from it.
   */
  status: string | { read: Status | null };
  /** The Date done cell, ISO ('' when empty; a date-time is cut to its date). */
  doneOn: string;
}

export interface StateContext {
  today: IsoDate;
  /** today + UPCOMING_DAYS, when the caller computes states for many items (saves a date sum per item). */
  horizon?: IsoDate;
}

export interface ItemState {
  kind: StateKind;
  /** The status a person set, read (planned when blank or unreadable). Jospar never writes it. */
  status: Status;
  /** The first due date on or after today for an open item, null when none is left (or it is done or cancelled). */
  nextDue: IsoDate | null;
  /** The date the Plan shows in "Next due": the next one, else the last one (overdue: the date it missed). */
  shownDue: IsoDate | null;
  /** The item's last due date, null when it has none. */
  lastDue: IsoDate | null;
  /** For an overdue item, the due date it missed (its last); null otherwise. */
  lastMissed: IsoDate | null;
  /** Calendar days late: today − lastMissed when overdue, doneOn − lastDue when done late; 0 otherwise. */
  daysLate: number;
  /** Days from today to nextDue (0 on the day), null without a next date. */
  daysLeft: number | null;
  /** The day it was done, when it is done and the day is known. */
  doneOn: IsoDate | null;
  doneLate: boolean;
  why: StateReason;
}

export function horizonOf(today: IsoDate): IsoDate {
  return addDays(today, UPCOMING_DAYS);
}

const ISO_PREFIX = /^\d{4}-\d{2}-\d{2}/;

export function itemState(input: ItemStateInput, ctx: StateContext): ItemState {
  const today = ctx.today;
  const due = input.schedule.dueWorking;
  const lastDue = due.length ? due[due.length - 1] : null;
  let next: IsoDate | null = null;
  if (lastDue && lastDue >= today)
    for (const d of due)
      if (d >= today) {
        next = d;
        break;
      }
  let status: Status = (typeof input.status === 'string' ? parseStatus(input.status) : input.status.read) ?? 'planned';
  const doneText = ISO_PREFIX.exec(input.doneOn.trim())?.[0] ?? '';
  // Done after today: as of today the item was still open (its status before is unknown: planned).
  if (status === 'done' && doneText > today) status = 'planned';
  // One object built at the end (no spreads): the state is computed for every item of every view, often daily.
  let kind: StateKind;
  let why: StateReason;
  let nextDue: IsoDate | null = null;
  let lastMissed: IsoDate | null = null;
  let daysLate = 0;
  let daysLeft: number | null = null;
  let doneOn: IsoDate | null = null;
  let doneLate = false;
  const open: StateKind = status === 'in-progress' ? 'in-progress' : 'planned';
  if (status === 'cancelled') [kind, why] = ['cancelled', 'cancelled'];
  else if (status === 'submitted') {
    doneOn = doneText || null;
    [kind, why] = ['submitted', 'submitted'];
  } else if (status === 'done') {
    doneOn = doneText || null;
    doneLate = !!doneOn && !!lastDue && doneOn > lastDue;
    if (doneLate) daysLate = daysBetween(lastDue!, doneOn!);
    [kind, why] = ['done', doneLate ? 'done-late' : 'done'];
  } else if (input.schedule.onDemand) [kind, why] = ['on-demand', 'on-demand'];
  else if (!lastDue) [kind, why] = [open, 'no-date'];
  else if (!next) {
    lastMissed = lastDue;
    daysLate = daysBetween(lastDue, today);
    [kind, why] = ['overdue', 'all-dates-passed'];
  } else {
    nextDue = next;
    daysLeft = daysBetween(today, next);
    if (next === today) [kind, why] = ['due-today', 'due-today'];
    else if (next <= (ctx.horizon ?? horizonOf(today))) [kind, why] = ['due-soon', 'due-soon'];
    else if (input.schedule.throughoutYear) [kind, why] = ['ongoing', 'whole-year'];
    else [kind, why] = [open, 'next-date'];
  }
  return {
    kind,
    status,
    nextDue,
    shownDue: next ?? lastDue,
    lastDue,
    lastMissed,
    daysLate,
    daysLeft,
    doneOn,
    doneLate,
    why,
  };
}

/** Overdue, and due from today to the horizon: the two lists every view shows. */
export function isOverdue(s: ItemState): boolean {
  return s.kind === 'overdue';
}

export function isDueWithinHorizon(s: ItemState): boolean {
  return s.kind === 'due-today' || s.kind === 'due-soon';
}

/** Open: neither done nor cancelled (on-demand and undated items included). */
export function isOpen(s: ItemState): boolean {
  return s.kind !== 'done' && s.kind !== 'cancelled';
}
