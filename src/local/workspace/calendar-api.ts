/**
 * The Calendar advanced service (Calendar API v3), in memory, as far as Jospar uses it, following the REST reference
 * (https://developers.google.com/workspace/calendar/api/v3/reference):
 * - Calendars.insert (a secondary calendar; summary required), Calendars.get;
 * - Events.insert (a client id must be base32hex, a-v and 0-9, 5-1024 long, unique in the calendar, deleted events
 *   included: 409 "The requested identifier already exists."), Events.patch (fields given replace, objects merge,
 *   arrays replace; works on a deleted event, which `status: 'confirmed'` restores), Events.get (deleted events too,
 *   as status "cancelled"), Events.remove (a deleted event: 410 "Resource has been deleted"), Events.list (deleted
 *   events only with showDeleted; privateExtendedProperty "name=value", repeatable, all must match; maxResults
 *   default 250, at most 2500; pageToken/nextPageToken);
 * - errors as Apps Script surfaces them: a GoogleJsonResponseException "API call to calendar.events.insert failed
 *   with error: <message>" with `details` {code, message, errors[{domain, reason, message}]} (guides/errors);
 * - sendUpdates: "all" emails every guest of the event (an invitation on insert, an update on patch, a cancellation
 *   on remove), "externalOnly" the guests outside the calendar owner's domain, "none" or absent nobody; each email is
 *   counted per person (`store.emails`);
 * - recurrence: RRULE, EXDATE, RDATE lines, expanded as core/calendar/rrule.ts does (instances via `instancesOf`).
 * Every insert, patch and remove is a 'calendar' write for the counter and fault injection; an injected 'throw' is
 * one of the usage-limit answers of the errors guide (https://developers.google.com/workspace/calendar/api/guides/errors):
 * 403 rateLimitExceeded (the default), 403 userRateLimitExceeded, 429 (reason rateLimitExceeded), 403 quotaExceeded
 * ("Calendar usage limits exceeded."), 403 dailyLimitExceeded, each with domain usageLimits, as the guide's JSON has
 * them. A store may also hold a daily cap on new events (`dailyCreateCap`, Calendar's "events created" limit): past it
 * Events.insert answers 403 quotaExceeded until the next day (UTC day of the virtual clock; Google does not say when
 * its window turns).
 */
import { addDays } from '../../core/calendar/dates';
import { expandRecurrence } from '../../core/calendar/rrule';
import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { CallCounter, Emulated } from './counter';

export interface ApiEvent {
  kind: 'calendar#event';
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start: { date?: string; dateTime?: string; timeZone?: string };
  end: { date?: string; dateTime?: string; timeZone?: string };
  colorId?: string;
  transparency?: string;
  reminders?: { useDefault: boolean; overrides?: Array<{ method: string; minutes: number }> };
  attendees?: Array<{ email: string; responseStatus?: string }>;
  extendedProperties?: { private?: Record<string, string>; shared?: Record<string, string> };
  recurrence?: string[];
  created: string;
  updated: string;
  sequence: number;
  iCalUID: string;
}

export interface CalendarState {
  id: string;
  summary: string;
  timeZone: string;
  events: ApiEvent[];
}

export interface CalendarStore {
  calendars: CalendarState[];
  seq: number;
  /** The user's primary calendar. */
  defaultId: string;
  /** Emails Calendar sent (invitations, updates, cancellations), per person. */
  emails: Record<string, number>;
  /** Events.insert calls a day that succeed at most; absent, no cap. */
  dailyCreateCap?: number;
  /** Events inserted per UTC day ("2025-10-01" → n), counted only while a cap is set. */
  createdPerDay?: Record<string, number>;
}

export function newCalendarStore(user: string): CalendarStore {
  return {
    calendars: [{ id: user, summary: user, timeZone: 'Asia/Almaty', events: [] }],
    seq: 0,
    defaultId: user,
    emails: {},
  };
}

/** What Apps Script throws for an advanced service's HTTP error. */
export class GoogleJsonResponseException extends Error {
  readonly details: {
    code: number;
    message: string;
    errors: Array<{ domain: string; reason: string; message: string }>;
  };
  constructor(call: string, code: number, reason: string, message: string, domain = 'global') {
    super(`API call to calendar.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, errors: [{ domain, reason, message }] };
  }
}

const fail = {
  notFound: (call: string) => new GoogleJsonResponseException(call, 404, 'notFound', 'Not Found'),
  duplicate: (call: string) =>
    new GoogleJsonResponseException(call, 409, 'duplicate', 'The requested identifier already exists.'),
  deleted: (call: string) => new GoogleJsonResponseException(call, 410, 'deleted', 'Resource has been deleted'),
  invalid: (call: string, message: string) => new GoogleJsonResponseException(call, 400, 'invalid', message),
  /** A usage-limit answer by name (see USAGE_LIMITS); an unknown name is a mistake in the test that asks for it. */
  rateLimit: (call: string, answer = 'rateLimitExceeded') => {
    const a = USAGE_LIMITS[answer];
    if (!a) throw new Error(`no such Calendar usage-limit answer: ${answer}`);
    return new GoogleJsonResponseException(call, a.code, a.reason, a.message, 'usageLimits');
  },
};

/** The usage-limit answers of the errors guide (guides/errors), each as its JSON says: code, reason, message. */
const USAGE_LIMITS: Record<string, { code: number; reason: string; message: string }> = {
  rateLimitExceeded: { code: 403, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
  userRateLimitExceeded: { code: 403, reason: 'userRateLimitExceeded', message: 'User Rate Limit Exceeded' },
  tooManyRequests: { code: 429, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' },
  quotaExceeded: { code: 403, reason: 'quotaExceeded', message: 'Calendar usage limits exceeded.' },
  dailyLimitExceeded: { code: 403, reason: 'dailyLimitExceeded', message: 'Daily Limit Exceeded' },
};

const EVENT_ID = /^[a-v0-9]{5,1024}$/;
const WRITABLE = [
  'summary',
  'description',
  'location',
  'start',
  'end',
  'colorId',
  'transparency',
  'reminders',
  'attendees',
  'extendedProperties',
  'recurrence',
  'status',
] as const;

type Args = Record<string, unknown> | undefined;

/** Lookup by id per calendar, built on first use (not saved: the state stays plain JSON). */
const indexes = new WeakMap<CalendarState, Map<string, ApiEvent>>();
function byId(cal: CalendarState): Map<string, ApiEvent> {
  let index = indexes.get(cal);
  if (!index || index.size !== cal.events.length) {
    index = new Map(cal.events.map((e) => [e.id, e]));
    indexes.set(cal, index);
  }
  return index;
}

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Patch semantics: objects merge key by key, everything else (arrays included) is replaced. */
function merge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    const old = target[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old))
      merge(old as Record<string, unknown>, v as Record<string, unknown>);
    else if (v === null) delete target[k];
    else target[k] = copy(v);
  }
}

/** The days an event occupies: its instances' start dates (all-day), or its one start. */
export function instancesOf(e: ApiEvent): string[] {
  const start = e.start.date ?? e.start.dateTime?.slice(0, 10) ?? '';
  return e.recurrence?.length ? expandRecurrence(start, e.recurrence) : [start];
}

abstract class CalendarResource implements Emulated {
  abstract readonly gasClass: string;
  readonly gasService = 'calendar' as const;
  constructor(
    protected readonly store: CalendarStore,
    protected readonly counter: CallCounter,
    protected readonly clock: VirtualClock,
    protected readonly owner: string,
  ) {}
  protected calendar(id: string, call: string): CalendarState {
    const key = id === 'primary' ? this.store.defaultId : id;
    const cal = this.store.calendars.find((c) => c.id === key);
    if (!cal) throw fail.notFound(call);
    return cal;
  }
  protected write<T>(call: string, apply: () => T): T {
    return this.counter.write('calendar', call, apply, fail.rateLimit);
  }
  protected now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}

export class LocalCalendarCalendars
  extends CalendarResource
  implements Emulates<GoogleAppsScript.Calendar.Collection.CalendarsCollection, 'insert' | 'get'>
{
  readonly gasClass = 'CalendarCalendars';
  insert(resource: { summary?: string; timeZone?: string; description?: string }): CalendarState & { kind: string } {
    if (!resource?.summary) throw fail.invalid('calendars.insert', 'Missing summary.');
    return this.write('calendars.insert', () => {
      const n = ++this.store.seq;
      const cal: CalendarState = {
        id: `c_${n.toString(16).padStart(8, '0')}@group.calendar.google.com`,
        summary: String(resource.summary),
        timeZone: resource.timeZone ?? 'UTC',
        events: [],
      };
      this.store.calendars.push(cal);
      return { kind: 'calendar#calendar', id: cal.id, summary: cal.summary, timeZone: cal.timeZone, events: [] };
    });
  }
  get(calendarId: string): { kind: string; id: string; summary: string; timeZone: string } {
    const cal = this.calendar(calendarId, 'calendars.get');
    return { kind: 'calendar#calendar', id: cal.id, summary: cal.summary, timeZone: cal.timeZone };
  }
}

export class LocalCalendarEvents
  extends CalendarResource
  implements
    Emulates<GoogleAppsScript.Calendar.Collection.EventsCollection, 'insert' | 'patch' | 'get' | 'remove' | 'list'>
{
  readonly gasClass = 'CalendarEvents';

  private email(e: ApiEvent, sendUpdates: unknown): void {
    if (sendUpdates !== 'all' && sendUpdates !== 'externalOnly') return;
    const domain = this.owner.split('@')[1];
    for (const a of e.attendees ?? []) {
      if (sendUpdates === 'externalOnly' && a.email.endsWith(`@${domain}`)) continue;
      this.store.emails[a.email] = (this.store.emails[a.email] ?? 0) + 1;
    }
  }

  private check(call: string, e: Partial<ApiEvent>): void {
    const s = e.start?.date ?? e.start?.dateTime;
    const t = e.end?.date ?? e.end?.dateTime;
    if (!s) throw fail.invalid(call, 'Missing start time.');
    if (!t) throw fail.invalid(call, 'Missing end time.');
    if (t <= s) throw fail.invalid(call, 'The specified time range is empty.');
    try {
      if (e.recurrence?.length) expandRecurrence(s.slice(0, 10), e.recurrence);
    } catch {
      throw fail.invalid(call, 'Invalid recurrence rule.');
    }
    for (const a of e.attendees ?? [])
      if (!/^[^@\s]+@[^@\s]+$/.test(a?.email ?? '')) throw fail.invalid(call, 'Invalid attendee email.');
  }

  insert(resource: Partial<ApiEvent>, calendarId: string, optionalArgs?: Args): ApiEvent {
    const call = 'events.insert';
    const cal = this.calendar(calendarId, call);
    if (resource.id !== undefined && !EVENT_ID.test(String(resource.id)))
      throw fail.invalid(call, 'Invalid resource id value.');
    this.check(call, resource);
    if (resource.id !== undefined && byId(cal).has(String(resource.id))) throw fail.duplicate(call);
    const today = this.now().slice(0, 10);
    const cap = this.store.dailyCreateCap;
    if (cap !== undefined && (this.store.createdPerDay?.[today] ?? 0) >= cap)
      throw fail.rateLimit(call, 'quotaExceeded');
    return this.write(call, () => {
      if (cap !== undefined) (this.store.createdPerDay ??= {})[today] = (this.store.createdPerDay?.[today] ?? 0) + 1;
      const id = resource.id ?? `${(++this.store.seq).toString(32)}${'0'.repeat(20)}`.slice(0, 26);
      const e: ApiEvent = {
        kind: 'calendar#event',
        id: String(id),
        status: 'confirmed',
        start: {},
        end: {},
        created: this.now(),
        updated: this.now(),
        sequence: 0,
        iCalUID: `${id}@google.com`,
      };
      for (const k of WRITABLE)
        if (resource[k] !== undefined) (e as unknown as Record<string, unknown>)[k] = copy(resource[k]);
      if (e.status === 'cancelled') e.status = 'confirmed';
      // The index taken before the push: taken after, its size would differ and it would be built again (a whole
      // scan per insert, quadratic over a first sync).
      const index = byId(cal);
      cal.events.push(e);
      index.set(e.id, e);
      this.email(e, optionalArgs?.sendUpdates);
      return copy(e);
    });
  }

  patch(resource: Partial<ApiEvent>, calendarId: string, eventId: string, optionalArgs?: Args): ApiEvent {
    const call = 'events.patch';
    const cal = this.calendar(calendarId, call);
    const e = byId(cal).get(String(eventId));
    if (!e) throw fail.notFound(call);
    const next = copy(e);
    const given: Record<string, unknown> = {};
    for (const k of WRITABLE) if (resource[k] !== undefined) given[k] = resource[k];
    merge(next as unknown as Record<string, unknown>, given);
    this.check(call, next);
    return this.write(call, () => {
      Object.assign(e, next, { updated: this.now(), sequence: e.sequence + 1 });
      this.email(e, optionalArgs?.sendUpdates);
      return copy(e);
    });
  }

  get(calendarId: string, eventId: string): ApiEvent {
    const e = byId(this.calendar(calendarId, 'events.get')).get(String(eventId));
    if (!e) throw fail.notFound('events.get');
    return copy(e);
  }

  remove(calendarId: string, eventId: string, optionalArgs?: Args): void {
    const call = 'events.delete';
    const e = byId(this.calendar(calendarId, call)).get(String(eventId));
    if (!e) throw fail.notFound(call);
    if (e.status === 'cancelled') throw fail.deleted(call);
    this.write(call, () => {
      e.status = 'cancelled';
      e.updated = this.now();
      this.email(e, optionalArgs?.sendUpdates);
    });
  }

  list(
    calendarId: string,
    optionalArgs: Args = {},
  ): { kind: 'calendar#events'; items: ApiEvent[]; nextPageToken?: string } {
    const call = 'events.list';
    const cal = this.calendar(calendarId, call);
    const max = optionalArgs.maxResults === undefined ? 250 : Number(optionalArgs.maxResults);
    if (!Number.isInteger(max) || max < 1 || max > 2500) throw fail.invalid(call, 'Invalid value for: maxResults');
    const wanted = ([] as unknown[]).concat(optionalArgs.privateExtendedProperty ?? []).map((p) => {
      const [k, ...v] = String(p).split('=');
      if (!k || v.length === 0) throw fail.invalid(call, 'Invalid extended property constraint.');
      return [k, v.join('=')] as const;
    });
    const timeMin = optionalArgs.timeMin ? String(optionalArgs.timeMin).slice(0, 10) : null;
    const timeMax = optionalArgs.timeMax ? String(optionalArgs.timeMax).slice(0, 10) : null;
    const matching = cal.events.filter((e) => {
      if (e.status === 'cancelled' && optionalArgs.showDeleted !== true) return false;
      if (!wanted.every(([k, v]) => e.extendedProperties?.private?.[k] === v)) return false;
      if (timeMin || timeMax) {
        const days = instancesOf(e);
        if (!days.some((d) => (!timeMax || d < timeMax) && (!timeMin || addDays(d, 1) > timeMin))) return false;
      }
      return true;
    });
    const from = optionalArgs.pageToken ? Number(/^p(\d+)$/.exec(String(optionalArgs.pageToken))?.[1] ?? NaN) : 0;
    if (!Number.isInteger(from)) throw fail.invalid(call, 'Invalid page token value.');
    const items = matching.slice(from, from + max).map(copy);
    return {
      kind: 'calendar#events',
      items,
      ...(from + max < matching.length ? { nextPageToken: `p${from + max}` } : {}),
    };
  }
}

/** The `Calendar` global of a project that enabled the advanced service. */
export class LocalCalendarService implements Emulated {
  readonly gasClass = 'Calendar';
  readonly gasService = 'calendar' as const;
  readonly Calendars: LocalCalendarCalendars;
  readonly Events: LocalCalendarEvents;
  constructor(store: CalendarStore, counter: CallCounter, clock: VirtualClock, owner: string) {
    this.Calendars = counter.track(new LocalCalendarCalendars(store, counter, clock, owner));
    this.Events = counter.track(new LocalCalendarEvents(store, counter, clock, owner));
  }
}
