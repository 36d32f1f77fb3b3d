/**
 * Carries sync actions out through the Calendar API, one call per event: an insert carries everything the event
 * shows (title, description, day, colour, reminders, guests, recurrence) and Jospar's private properties (the marker
 * that lists it, its key and fingerprints); a change is one patch; a deletion one remove. What Calendar reports as
 * transient (rate limits, server errors) is retried with exponential backoff (src/gas/retry.ts, the add-on's one
 * retry) before giving up on that event.
 *
 * Invitations: a new event is inserted with sendUpdates "none" (inside the domain it still appears in its guests'
 * calendars, and the daily mail tells each person once); a change of day, rule or guests patches with "all", so that
 * the guests of that event hear of it, unless one of them has had an email in this run already (a settings change that
 * moves a hundred events is one email at most to each person); a change of wording, and a deletion, tell nobody.
 */
import { addDays } from '../../core/calendar/dates';
import type { DesiredEvent } from '../../core/calendar-sync/desired';
import type { KnownEvent, SyncAction } from '../../core/calendar-sync/sync-plan';
import { retrying } from '../retry';
import { calendarApi, eventIdOf, httpStatus, type EventResource } from './calendar-v3';

/**
 * Private extended properties: the marker Events.list filters on, the key, the two fingerprints, and the day the
 * item's events start (event-dates.ts), so that a run rebuilding its records from the calendar cuts where the first
 * sync did. Private: only Jospar reads them; the guests see neither key nor marker.
 */
export const MARK = 'jospar';
export const MARK_VALUE = '1';
const KEY = 'josparKey';
const CONTENT = 'josparC';
const INVITE = 'josparI';
const FROM = 'josparFrom';
/** The plan's spreadsheet id: where the Calendar card (src/gas/cards/) finds the item's plan. */
export const PLAN = 'josparPlan';
export const KEY_PROPERTY = KEY;
/** The API's limit for a reminder override: four weeks (events resource, reminders.overrides[].minutes). */
const MAX_REMINDER_MINUTES = 40320;

/** The whole event as the API takes it: inserted so, and patched so (a patch also mends what a hand changed). */
export function resourceOf(e: DesiredEvent): EventResource {
  return {
    status: 'confirmed',
    summary: e.title,
    description: e.description,
    start: { date: e.date },
    end: { date: addDays(e.date, 1) },
    colorId: e.color,
    transparency: 'transparent',
    reminders: {
      useDefault: false,
      overrides: e.reminders.filter((m) => m <= MAX_REMINDER_MINUTES).map((minutes) => ({ method: 'popup', minutes })),
    },
    attendees: e.guests.map((email) => ({ email })),
    extendedProperties: {
      private: {
        [MARK]: MARK_VALUE,
        [KEY]: e.key,
        [CONTENT]: e.contentHash,
        [INVITE]: e.inviteHash,
        ...(e.from ? { [FROM]: e.from } : {}),
        ...(e.planId ? { [PLAN]: e.planId } : {}),
      },
    },
    recurrence: e.series ? e.series.recurrence : [],
  };
}

/** What Jospar knows of an event it finds in the calendar (Events.list), or null if it is not one of its own. */
export function knownOf(ev: EventResource): KnownEvent | null {
  const p = ev.extendedProperties?.private ?? {};
  if (p[MARK] !== MARK_VALUE || !p[KEY] || !ev.id) return null;
  return {
    key: p[KEY],
    eventId: ev.id,
    contentHash: p[CONTENT] ?? '',
    inviteHash: p[INVITE] ?? '',
    series: ev.recurrence?.length ? 'series' : '',
    from: p[FROM] ?? '',
  };
}

function made(e: DesiredEvent, eventId: string): KnownEvent {
  return {
    key: e.key,
    eventId,
    contentHash: e.contentHash,
    inviteHash: e.inviteHash,
    series: e.series ? 'series' : '',
    from: e.from,
  };
}

function create(calendarId: string, e: DesiredEvent): KnownEvent {
  const id = eventIdOf(calendarId, e.key);
  const body = resourceOf(e);
  try {
    retrying(() => calendarApi().Events.insert({ id, ...body }, calendarId, { sendUpdates: 'none' }));
  } catch (err) {
    // Made already: by a run cut off before it could note it, or before the item was cancelled and brought back (a
    // removed event keeps its id). One patch makes it what it should be, and restores it if it was removed.
    if (httpStatus(err) !== 409) throw err;
    retrying(() => calendarApi().Events.patch(body, calendarId, id, { sendUpdates: 'none' }));
  }
  return made(e, id);
}

/**
 * One action, one call (two when a create meets its own event, or a patch finds the event gone). `notify`: a change of
 * day, rule or guests may email the event's guests (sendUpdates "all"); the caller says no once any of them has had an
 * email in this run, so that nobody gets more than one per run.
 */
export function applyAction(calendarId: string, action: SyncAction, notify = false): KnownEvent | null {
  const api = calendarApi();
  if (action.kind === 'delete') {
    try {
      retrying(() => api.Events.remove(calendarId, action.eventId, { sendUpdates: 'none' }));
    } catch (err) {
      // Gone already (removed by hand, or by a run cut off before it could note it): nothing to do.
      if (httpStatus(err) !== 404 && httpStatus(err) !== 410) throw err;
    }
    return null;
  }
  const e = action.event;
  if (action.kind === 'create') return create(calendarId, e);
  try {
    retrying(() =>
      api.Events.patch(resourceOf(e), calendarId, action.eventId, {
        sendUpdates: action.invite && notify ? 'all' : 'none',
      }),
    );
  } catch (err) {
    // Not there (an id from before, or a calendar emptied by hand): made again.
    if (httpStatus(err) !== 404) throw err;
    return create(calendarId, e);
  }
  return made(e, action.eventId);
}

/**
 * Every event of Jospar's in the calendar, from one paged Events.list filtered on its private marker (2,500 a page):
 * what a run cut off before it wrote its records rebuilds them from, and when each was created (the day's count of new
 * events: daily-count.ts). Removed events are listed too (showDeleted), for the count alone: an event made today and
 * removed since was made today all the same. An event of a key whose id is not the key's own (a copy) is removed.
 */
export function listOwn(calendarId: string): { known: Map<string, KnownEvent>; created: string[] } {
  const api = calendarApi();
  const known = new Map<string, KnownEvent>();
  const created: string[] = [];
  const extra: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = retrying(() =>
      api.Events.list(calendarId, {
        privateExtendedProperty: `${MARK}=${MARK_VALUE}`,
        showDeleted: true,
        maxResults: 2500,
        fields: 'items(id,status,created,recurrence,extendedProperties),nextPageToken',
        ...(pageToken ? { pageToken } : {}),
      }),
    );
    for (const ev of page.items ?? []) {
      const k = knownOf(ev);
      if (!k) continue;
      if (ev.created) created.push(ev.created);
      if (ev.status === 'cancelled') continue;
      const own = eventIdOf(calendarId, k.key);
      const before = known.get(k.key);
      if (before && before.eventId === own) extra.push(k.eventId);
      else {
        if (before) extra.push(before.eventId);
        known.set(k.key, k);
      }
    }
    pageToken = page.nextPageToken;
  } while (pageToken);
  for (const id of extra) applyAction(calendarId, { kind: 'delete', key: '', eventId: id, series: false });
  return { known, created };
}
