/**
 * Which of an item's due dates get events.
 *
 * - **Throughout the year** ("Оқу жылы бойы", "Жыл бойы", "оқу жылы ішінде"): no event. Such an item is due on the
 *   year's last day only by the convention that gives every item a date (Settings → wholeYearDue); 42 items of the
 *   2025-2026 plan are, and an event each would pile them all on 31 August, where they hide the few real deadlines of
 *   that day and remind nobody of anything useful. The Plan, the Overview and the daily mail still show them.
 * - **Past at the first sync**: an item's events start on the day it is first synced (`from`), so a plan synced in
 *   October does not fill September with events nobody can act on, and an invited person's calendar gets no
 *   invitations for the past. Only an item that is overdue then (every date passed, not done) keeps its latest date,
 *   so the calendar shows what is late. `from` is remembered with the item's events (their private properties and the
 *   state records), so later runs cut at the same day: what was made stays as made, and an unchanged plan asks for no
 *   change as the days go by.
 * - **History stays**: an event already made is never dropped for being in the past; a sync deletes only what the
 *   plan no longer has (a date removed, an item cancelled or deleted).
 */
import type { IsoDate } from '../calendar/dates';

export interface DatesInput {
  /** The working-day due dates, ascending. */
  dates: readonly IsoDate[];
  /** Due only because the whole year is its window (the engine's `throughoutYear`). */
  throughoutYear: boolean;
  done: boolean;
  today: IsoDate;
  /** The day the item's events start: remembered from its first sync; '' = every date (events made before the rule). */
  from: IsoDate | '';
}

export interface EventDates {
  /** The dates from `from` on: the ones the item's series or single events are made of. */
  current: IsoDate[];
  /** An earlier date to show as a single event: the latest one of an overdue item (the caller adds kept events). */
  overdue: IsoDate | null;
}

export function eventDates(input: DatesInput): EventDates {
  if (input.throughoutYear) return { current: [], overdue: null };
  const current = input.dates.filter((d) => d >= input.from);
  const last = input.dates[input.dates.length - 1];
  const overdue = !input.done && last !== undefined && last < input.today && last < input.from ? last : null;
  return { current, overdue };
}
