/**
 * Carries sync actions out on CalendarApp, one event at a time, retrying what Calendar reports as transient (rate
 * limits, "too many … in a short time", server errors) with exponential backoff before giving up on that event.
 * Only events that carry Jospar's tag or key marker are ever changed or deleted.
 */
import { keyFromDescription, type DesiredEvent } from '../../core/calendar-sync/desired';
import type { KnownEvent, SyncAction } from '../../core/calendar-sync/sync-plan';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

export const TAG = 'jospar';

/** A create that made the event but failed to finish it: the event exists and must be recorded, to be completed. */
export class PartlyMade extends Error {
  constructor(
    readonly made: KnownEvent,
    cause: unknown,
  ) {
    super(String((cause as Error)?.message ?? cause));
    this.name = 'PartlyMade';
  }
}
const TRANSIENT =
  /too many|rate limit|quota|try again|invoked too many|timed out|timeout|server error|backend error|internal error|service unavailable/i;
const BACKOFF_MS = [1000, 2000, 4000, 8000];

export function withRetry<T>(f: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return f();
    } catch (e) {
      if (attempt >= BACKOFF_MS.length || !TRANSIENT.test(String((e as Error)?.message ?? e))) throw e;
      Utilities.sleep(BACKOFF_MS[attempt] + Math.floor(Math.random() * 250));
    }
  }
}

/** An all-day date as CalendarApp takes it: noon UTC falls on the same calendar day from UTC-11 to UTC+11, so the
 * day cannot slip whatever the script's or the calendar's zone (the peers' "a day early" bug). */
export function dayOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The key an event of Jospar's carries, from its tag or, if a run stopped before tagging it, its description. */
export function keyOf(event: CalendarEvent): string | null {
  const tag = event.getTag(TAG);
  if (tag) {
    try {
      return (JSON.parse(tag) as { k?: string }).k ?? null;
    } catch {
      /* fall through */
    }
  }
  return keyFromDescription(event.getDescription());
}

export function knownOf(event: CalendarEvent, key: string): KnownEvent {
  let c = '',
    i = '',
    s = '';
  const tag = event.getTag(TAG);
  if (tag) {
    try {
      const o = JSON.parse(tag) as { c?: string; i?: string; s?: string };
      c = o.c ?? '';
      i = o.i ?? '';
      s = o.s ?? '';
    } catch {
      /* untagged */
    }
  }
  if (!tag && event.isRecurringEvent()) s = '?';
  return { key, eventId: event.getId(), contentHash: c, inviteHash: i, series: s };
}

function tagOf(e: DesiredEvent): string {
  return JSON.stringify({ k: e.key, c: e.contentHash, i: e.inviteHash, s: e.series?.rrule ?? '' });
}

function recurrence(e: DesiredEvent): GoogleAppsScript.Calendar.EventRecurrence {
  const r = CalendarApp.newRecurrence();
  const s = e.series!;
  if (s.freq === 'MONTHLY') r.addMonthlyRule().onlyOnMonthDay(s.monthDay!).times(s.count);
  else r.addWeeklyRule().onlyOnWeekday(CalendarApp.Weekday.FRIDAY).times(s.count);
  return r;
}

function setLook(ev: CalendarEvent, e: DesiredEvent, fresh: boolean): void {
  withRetry(() => ev.setColor(e.color));
  if (!fresh) withRetry(() => ev.removeAllReminders());
  for (const minutes of e.reminders) withRetry(() => ev.addPopupReminder(minutes));
}

export function applyAction(calendar: Calendar, action: SyncAction): KnownEvent | null {
  if (action.kind === 'delete') {
    const ev = withRetry(() => calendar.getEventById(action.eventId));
    // Gone already (deleted by hand, or by a run that stopped before recording it), or not ours: nothing to do.
    if (ev && keyOf(ev) === action.key) {
      if (ev.isRecurringEvent()) withRetry(() => ev.getEventSeries().deleteEventSeries());
      else withRetry(() => ev.deleteEvent());
    }
    return null;
  }
  const e = action.event;
  if (action.kind === 'create') {
    const options = { description: e.description, guests: e.guests.join(','), sendInvites: e.guests.length > 0 };
    const ev: CalendarEvent = e.series
      ? (withRetry(() =>
          calendar.createAllDayEventSeries(e.title, dayOf(e.date), recurrence(e), options),
        ) as unknown as CalendarEvent)
      : withRetry(() => calendar.createAllDayEvent(e.title, dayOf(e.date), options));
    // The tag goes last: an event cut off before it is found by its description marker and completed next run.
    try {
      setLook(ev, e, true);
      withRetry(() => ev.setTag(TAG, tagOf(e)));
    } catch (err) {
      // Known with empty fingerprints, the next run updates it to completion instead of making it again.
      throw new PartlyMade(
        { key: e.key, eventId: ev.getId(), contentHash: '', inviteHash: '', series: e.series?.rrule ?? '' },
        err,
      );
    }
    return {
      key: e.key,
      eventId: ev.getId(),
      contentHash: e.contentHash,
      inviteHash: e.inviteHash,
      series: e.series?.rrule ?? '',
    };
  }
  const ev = withRetry(() => calendar.getEventById(action.eventId));
  if (!ev || keyOf(ev) !== e.key) {
    // The event was deleted by hand (or is not ours any more): make it again.
    return applyAction(calendar, { kind: 'create', event: e });
  }
  if (action.content) {
    withRetry(() => ev.setTitle(e.title));
    withRetry(() => ev.setDescription(e.description));
    setLook(ev, e, false);
  }
  if (action.invite) {
    if (e.series) withRetry(() => ev.getEventSeries().setRecurrence(recurrence(e), dayOf(e.date)));
    else if (Utilities.formatDate(ev.getAllDayStartDate(), calendar.getTimeZone(), 'yyyy-MM-dd') !== e.date)
      withRetry(() => ev.setAllDayDate(dayOf(e.date)));
    const current = ev.getGuestList().map((g) => g.getEmail().toLowerCase());
    for (const g of e.guests) if (!current.includes(g)) withRetry(() => ev.addGuest(g));
    for (const g of current) if (!e.guests.includes(g)) withRetry(() => ev.removeGuest(g));
  }
  withRetry(() => ev.setTag(TAG, tagOf(e)));
  return {
    key: e.key,
    eventId: ev.getId(),
    contentHash: e.contentHash,
    inviteHash: e.inviteHash,
    series: e.series?.rrule ?? '',
  };
}
