/**
 * The Calendar advanced service (API v3) as Jospar uses it, with the calendar.app.created scope: the calendar Jospar
 * made and the events in it, nothing else of the user's. Only the fields Jospar reads or writes are typed.
 * Reference: https://developers.google.com/workspace/calendar/api/v3/reference/events
 */
export interface EventResource {
  id?: string;
  status?: string;
  summary?: string;
  description?: string;
  start?: { date?: string };
  end?: { date?: string };
  colorId?: string;
  transparency?: string;
  reminders?: { useDefault: boolean; overrides?: Array<{ method: string; minutes: number }> };
  attendees?: Array<{ email: string }>;
  extendedProperties?: { private?: Record<string, string> };
  recurrence?: string[];
  /** When the event was made (RFC 3339, read-only): the day's count of new events after a cut-off run. */
  created?: string;
}

export interface CalendarV3 {
  Calendars: {
    insert(resource: { summary: string; timeZone?: string }): { id: string };
    get(calendarId: string): { id: string; summary: string; timeZone: string };
  };
  Events: {
    insert(resource: EventResource, calendarId: string, optionalArgs?: Record<string, unknown>): EventResource;
    patch(
      resource: EventResource,
      calendarId: string,
      eventId: string,
      optionalArgs?: Record<string, unknown>,
    ): EventResource;
    get(calendarId: string, eventId: string): EventResource;
    remove(calendarId: string, eventId: string, optionalArgs?: Record<string, unknown>): void;
    list(
      calendarId: string,
      optionalArgs?: Record<string, unknown>,
    ): { items?: EventResource[]; nextPageToken?: string };
  };
}

declare const Calendar: CalendarV3;

/** The advanced service's global (a function, so that the bundle reads it when called, not when loaded). */
export function calendarApi(): CalendarV3 {
  return Calendar;
}

/** The HTTP status of an advanced service's error (GoogleJsonResponseException.details.code), or 0. */
export function httpStatus(e: unknown): number {
  const code = (e as { details?: { code?: unknown } })?.details?.code;
  if (typeof code === 'number') return code;
  const m = /failed with error: (Not Found|Resource has been deleted|The requested identifier already exists)/.exec(
    String((e as Error)?.message ?? e),
  );
  return m ? ({ 'Not Found': 404, 'Resource has been deleted': 410 }[m[1]] ?? 409) : 0;
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** Bytes as base32hex (RFC 4648 §7), lower case, no padding: the alphabet the API allows in a client event id. */
function base32hex(text: string): string {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32HEX[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The event id of a key in a calendar: "jsp", a fingerprint of the calendar id, then the key in base32hex. Derived, not
 * drawn, so that a create repeated after a cut-off run meets its own event (409) instead of making a second one; the
 * calendar's part keeps two Jospar calendars (two spreadsheets) from sharing ids in their guests' calendars.
 */
export function eventIdOf(calendarId: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < calendarId.length; i++) h = Math.imul(h ^ calendarId.charCodeAt(i), 0x01000193) >>> 0;
  return `jsp${h.toString(32).padStart(7, '0')}${base32hex(key)}`;
}
