/**
 * CalendarApp, in memory, as far as Jospar uses it, following the documented behaviour:
 * - an all-day event's date is the calendar day of the given Date in the calendar's time zone (time ignored), and
 *   getAllDayEndDate() is exclusive (the day after a one-day event);
 * - sendInvites defaults to false: invitations go out only when asked for on creation;
 * - tags are per event, not searchable: finding events means listing them (getEvents) and reading tags;
 * - a series' occurrences come back from getEvents as events that say isRecurringEvent().
 * Every call that changes a calendar is a 'calendar' write for the counter and fault injection.
 */
import type { VirtualClock } from './clock';
import type { CallCounter, Emulated } from './counter';
import { formatDate } from './utilities';

export interface EventState {
  id: string;
  title: string;
  description: string;
  location: string;
  /** ISO date of the first day, and the exclusive end day. */
  start: string;
  end: string;
  guests: string[];
  tags: Record<string, string>;
  popupReminders: number[];
  emailReminders: number[];
  color: string;
  /** RFC 5545 RRULE value for a series (first occurrence = start). */
  rrule?: string;
  /** Invitations sent to each guest over the event's life. */
  invitationsSent: number;
  created: number;
  updated: number;
}

export interface CalendarState {
  id: string;
  name: string;
  timeZone: string;
  events: EventState[];
  deleted: boolean;
}

export interface CalendarStore {
  calendars: CalendarState[];
  seq: number;
  defaultId: string;
}

abstract class CalendarObject implements Emulated {
  abstract readonly gasClass: string;
  readonly gasService = 'calendar' as const;
}

const EVENT_COLORS = {
  PALE_BLUE: '1',
  PALE_GREEN: '2',
  MAUVE: '3',
  PALE_RED: '4',
  YELLOW: '5',
  ORANGE: '6',
  CYAN: '7',
  GRAY: '8',
  BLUE: '9',
  GREEN: '10',
  RED: '11',
};
const WEEKDAYS = {
  SUNDAY: 'SU',
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
};

function isoDay(date: Date, timeZone: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime()))
    throw new Error('Invalid argument: date');
  return formatDate(date, timeZone, 'yyyy-MM-dd');
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Midnight of an ISO day in a time zone, as a Date. */
function midnight(iso: string, timeZone: string): Date {
  const utc = Date.parse(`${iso}T00:00:00Z`);
  const shown = formatDate(new Date(utc), timeZone, 'Z');
  const sign = shown.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(shown.slice(1, 3)) * 60 + Number(shown.slice(3, 5)));
  return new Date(utc - minutes * 60000);
}

export class LocalRecurrence extends CalendarObject {
  readonly gasClass = 'EventRecurrence';
  _parts: Record<string, string> = {};
  addMonthlyRule(): this {
    this._parts = { FREQ: 'MONTHLY' };
    return this;
  }
  addWeeklyRule(): this {
    this._parts = { FREQ: 'WEEKLY' };
    return this;
  }
  addDailyRule(): this {
    this._parts = { FREQ: 'DAILY' };
    return this;
  }
  addYearlyRule(): this {
    this._parts = { FREQ: 'YEARLY' };
    return this;
  }
  interval(n: number): this {
    this._parts.INTERVAL = String(n);
    return this;
  }
  times(n: number): this {
    this._parts.COUNT = String(n);
    return this;
  }
  until(date: Date): this {
    this._parts.UNTIL = formatDate(date, 'UTC', 'yyyyMMdd');
    return this;
  }
  onlyOnMonthDay(day: number): this {
    return this.onlyOnMonthDays([day]);
  }
  onlyOnMonthDays(days: number[]): this {
    if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 31)) throw new Error('Invalid argument: day');
    this._parts.BYMONTHDAY = days.join(',');
    return this;
  }
  onlyOnWeekday(day: string): this {
    return this.onlyOnWeekdays([day]);
  }
  onlyOnWeekdays(days: string[]): this {
    this._parts.BYDAY = days.join(',');
    return this;
  }
  _rrule(): string {
    const order = ['FREQ', 'INTERVAL', 'BYMONTHDAY', 'BYDAY', 'COUNT', 'UNTIL'];
    return order
      .filter((k) => this._parts[k] !== undefined)
      .map((k) => `${k}=${this._parts[k]}`)
      .join(';');
  }
}

export class LocalEventGuest extends CalendarObject {
  readonly gasClass = 'EventGuest';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
  getGuestStatus(): string {
    return 'INVITED';
  }
}

export class LocalCalendarEvent extends CalendarObject {
  readonly gasClass: string = 'CalendarEvent';
  constructor(
    readonly _state: EventState,
    readonly _calendar: LocalCalendar,
  ) {
    super();
  }
  protected get counter(): CallCounter {
    return this._calendar._counter;
  }
  protected change(what: string, f: () => void): this {
    this.counter.write('calendar', what, () => {
      if (!this._calendar._state.events.includes(this._state)) throw new Error('The event has been deleted.');
      f();
      this._state.updated = this._calendar._clock.now();
    });
    return this;
  }
  getId(): string {
    return this._state.id;
  }
  getTitle(): string {
    return this._state.title;
  }
  setTitle(t: string): this {
    return this.change('setTitle', () => {
      this._state.title = String(t);
    });
  }
  getDescription(): string {
    return this._state.description;
  }
  setDescription(d: string): this {
    return this.change('setDescription', () => {
      this._state.description = String(d);
    });
  }
  getLocation(): string {
    return this._state.location;
  }
  isAllDayEvent(): boolean {
    return true;
  }
  isRecurringEvent(): boolean {
    return !!this._state.rrule;
  }
  getAllDayStartDate(): Date {
    return midnight(this._state.start, this._calendar._state.timeZone);
  }
  getAllDayEndDate(): Date {
    return midnight(this._state.end, this._calendar._state.timeZone);
  }
  setAllDayDate(date: Date): this {
    const day = isoDay(date, this._calendar._state.timeZone);
    return this.change('setAllDayDate', () => {
      this._state.start = day;
      this._state.end = nextDay(day);
    });
  }
  getGuestList(): LocalEventGuest[] {
    return this._state.guests.map((g) => new LocalEventGuest(g));
  }
  addGuest(email: string): this {
    return this.change('addGuest', () => {
      if (!this._state.guests.includes(email)) this._state.guests.push(email);
    });
  }
  removeGuest(email: string): this {
    return this.change('removeGuest', () => {
      this._state.guests = this._state.guests.filter((g) => g !== email);
    });
  }
  getTag(key: string): string | null {
    return this._state.tags[key] ?? null;
  }
  getAllTagKeys(): string[] {
    return Object.keys(this._state.tags);
  }
  setTag(key: string, value: string): this {
    return this.change('setTag', () => {
      this._state.tags[key] = String(value);
    });
  }
  deleteTag(key: string): this {
    return this.change('deleteTag', () => {
      delete this._state.tags[key];
    });
  }
  addPopupReminder(minutes: number): this {
    return this.change('addPopupReminder', () => {
      if (this._state.popupReminders.length + this._state.emailReminders.length >= 5)
        throw new Error('Too many reminders: an event can have at most 5.');
      this._state.popupReminders.push(minutes);
    });
  }
  addEmailReminder(minutes: number): this {
    return this.change('addEmailReminder', () => {
      if (this._state.popupReminders.length + this._state.emailReminders.length >= 5)
        throw new Error('Too many reminders: an event can have at most 5.');
      this._state.emailReminders.push(minutes);
    });
  }
  removeAllReminders(): this {
    return this.change('removeAllReminders', () => {
      this._state.popupReminders = [];
      this._state.emailReminders = [];
    });
  }
  getPopupReminders(): number[] {
    return [...this._state.popupReminders];
  }
  getEmailReminders(): number[] {
    return [...this._state.emailReminders];
  }
  setColor(color: string): this {
    return this.change('setColor', () => {
      this._state.color = String(color);
    });
  }
  getColor(): string {
    return this._state.color;
  }
  getEventSeries(): LocalCalendarEventSeries {
    return new LocalCalendarEventSeries(this._state, this._calendar);
  }
  deleteEvent(): void {
    this.counter.write('calendar', 'deleteEvent', () => {
      const events = this._calendar._state.events;
      const i = events.indexOf(this._state);
      if (i < 0) throw new Error('The event has been deleted.');
      events.splice(i, 1);
    });
  }
}

export class LocalCalendarEventSeries extends LocalCalendarEvent {
  readonly gasClass = 'CalendarEventSeries';
  setRecurrence(recurrence: LocalRecurrence, startDate: Date): this {
    const day = isoDay(startDate, this._calendar._state.timeZone);
    return this.change('setRecurrence', () => {
      this._state.rrule = recurrence._rrule();
      this._state.start = day;
      this._state.end = nextDay(day);
    });
  }
  deleteEventSeries(): void {
    this.deleteEvent();
  }
}

export class LocalCalendar extends CalendarObject {
  readonly gasClass = 'Calendar';
  constructor(
    readonly _state: CalendarState,
    readonly _store: CalendarStore,
    readonly _counter: CallCounter,
    readonly _clock: VirtualClock,
  ) {
    super();
  }
  getId(): string {
    return this._state.id;
  }
  getName(): string {
    return this._state.name;
  }
  setName(name: string): this {
    this._counter.write('calendar', 'setName', () => {
      this._state.name = String(name);
    });
    return this;
  }
  getTimeZone(): string {
    return this._state.timeZone;
  }
  createAllDayEvent(
    title: string,
    date: Date,
    endOrOptions?: Date | EventOptions,
    maybeOptions?: EventOptions,
  ): LocalCalendarEvent {
    const start = isoDay(date, this._state.timeZone);
    const isDate = Object.prototype.toString.call(endOrOptions) === '[object Date]';
    const end = isDate ? isoDay(endOrOptions as Date, this._state.timeZone) : nextDay(start);
    if (end <= start) throw new Error('Event start date must be before event end date.');
    return new LocalCalendarEvent(
      this.create(title, start, end, (isDate ? maybeOptions : (endOrOptions as EventOptions)) ?? {}),
      this,
    );
  }
  createAllDayEventSeries(
    title: string,
    startDate: Date,
    recurrence: LocalRecurrence,
    options?: EventOptions,
  ): LocalCalendarEventSeries {
    const start = isoDay(startDate, this._state.timeZone);
    const state = this.create(title, start, nextDay(start), options ?? {}, recurrence._rrule());
    return new LocalCalendarEventSeries(state, this);
  }
  /** Events overlapping [start, end): single events, and a series once if any occurrence may fall in the range. */
  getEvents(startTime: Date, endTime: Date): LocalCalendarEvent[] {
    const from = isoDay(startTime, this._state.timeZone);
    const to = isoDay(endTime, this._state.timeZone);
    return this._state.events
      .filter((e) => (e.rrule ? e.start < to : e.start < to && e.end > from))
      .map((e) => (e.rrule ? new LocalCalendarEventSeries(e, this) : new LocalCalendarEvent(e, this)));
  }
  getEventById(id: string): LocalCalendarEvent | null {
    const e = this._state.events.find((x) => x.id === id);
    return e ? (e.rrule ? new LocalCalendarEventSeries(e, this) : new LocalCalendarEvent(e, this)) : null;
  }
  getEventSeriesById(id: string): LocalCalendarEventSeries | null {
    const e = this._state.events.find((x) => x.id === id);
    return e ? new LocalCalendarEventSeries(e, this) : null;
  }
  private create(title: string, start: string, end: string, options: EventOptions, rrule?: string): EventState {
    return this._counter.write('calendar', rrule ? 'createAllDayEventSeries' : 'createAllDayEvent', () => {
      const guests = String(options.guests ?? '')
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
      const state: EventState = {
        id: `ev${++this._store.seq}@local.calendar`,
        title: String(title),
        description: String(options.description ?? ''),
        location: String(options.location ?? ''),
        start,
        end,
        guests,
        tags: {},
        popupReminders: [],
        emailReminders: [],
        color: '',
        invitationsSent: options.sendInvites ? guests.length : 0,
        created: this._clock.now(),
        updated: this._clock.now(),
      };
      if (rrule) state.rrule = rrule;
      this._state.events.push(state);
      return state;
    });
  }
}

interface EventOptions {
  description?: string;
  location?: string;
  guests?: string;
  sendInvites?: boolean;
}

export class LocalCalendarApp extends CalendarObject {
  readonly gasClass = 'CalendarApp';
  readonly EventColor = EVENT_COLORS;
  readonly Weekday = WEEKDAYS;
  readonly GuestStatus = { INVITED: 'INVITED', YES: 'YES', NO: 'NO', MAYBE: 'MAYBE', OWNER: 'OWNER' };
  constructor(
    private readonly store: CalendarStore,
    private readonly counter: CallCounter,
    private readonly clock: VirtualClock,
  ) {
    super();
  }
  getCalendarById(id: string): LocalCalendar | null {
    const c = this.store.calendars.find((x) => x.id === id && !x.deleted);
    return c ? new LocalCalendar(c, this.store, this.counter, this.clock) : null;
  }
  getDefaultCalendar(): LocalCalendar {
    return this.getCalendarById(this.store.defaultId)!;
  }
  getAllOwnedCalendars(): LocalCalendar[] {
    return this.store.calendars
      .filter((c) => !c.deleted)
      .map((c) => new LocalCalendar(c, this.store, this.counter, this.clock));
  }
  getCalendarsByName(name: string): LocalCalendar[] {
    return this.getAllOwnedCalendars().filter((c) => c.getName() === name);
  }
  createCalendar(name: string, options?: { timeZone?: string }): LocalCalendar {
    return this.counter.write('calendar', 'createCalendar', () => {
      const state: CalendarState = {
        id: `cal${++this.store.seq}@group.calendar.local`,
        name: String(name),
        timeZone: options?.timeZone ?? 'Asia/Almaty',
        events: [],
        deleted: false,
      };
      this.store.calendars.push(state);
      return new LocalCalendar(state, this.store, this.counter, this.clock);
    });
  }
  newRecurrence(): LocalRecurrence {
    return new LocalRecurrence();
  }
}

export function newCalendarStore(user: string): CalendarStore {
  return {
    calendars: [{ id: user, name: user, timeZone: 'Asia/Almaty', events: [], deleted: false }],
    seq: 0,
    defaultId: user,
  };
}
