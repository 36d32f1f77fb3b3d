/**
 * What the department's calendar should hold for the plan: one all-day event per working-day due date, or one series
 * where the schedule is a regular recurrence (series.ts: a rule, with the working-day moves said by BYSETPOS, EXDATE
 * and RDATE). Windows (a month, a period) are not drawn as multi-day events: a bar across a whole month for each of a
 * hundred items would bury the one day that matters; the window is written in the description instead. Which dates
 * get events at all (none for "throughout the year", none for dates already past at an item's first sync) is
 * event-dates.ts; what the events say, event-text.ts.
 *
 * Each event has a key (item id and occurrence number, or "series"), so a changed date updates the same event, and two
 * fingerprints: what it shows (title, description, colour, reminders) and whom it invites on which day (date, guests),
 * so that invitations go out again only when the date or the guests change. The key lives in the event's private
 * extended properties, where only Jospar reads it, and the event's id is derived from it.
 */
import type { IsoDate } from '../calendar/dates';
import type { Lang } from '../i18n/lang';
import { eventStatusLine } from '../i18n/state-words';
import { itemState } from '../plan/item-state';
import { parseStatus } from '../sheets/status';
import type { Schedule } from '../deadline/types';
import { fnv1a } from '../text/hash';
import { eventDates } from './event-dates';
import { distinctTitles, eventDescription, eventTitle } from './event-text';
import { seriesFor, type SeriesPlan } from './series';
import type { KnownEvent } from './sync-plan';

export interface EventItem {
  id: string;
  /** The Plan sheet row (1-based) the item is on at this sync: its events link there. */
  row: number;
  unit: string;
  activity: string;
  responsible: string;
  deliverable: string;
  deadline: string;
  status: string;
  /** The Date done cell (ISO, '' when empty). */
  doneOn: string;
  owners: string[];
  schedule: Schedule;
}

export interface DesiredEvent {
  key: string;
  itemId: string;
  /** The (first) day, ISO. */
  date: string;
  /** A series: its RRULE and the EXDATE/RDATE that keep its instances on the working-day dates. */
  series: SeriesPlan | null;
  title: string;
  description: string;
  guests: string[];
  /** Popup reminders, minutes before the day starts. */
  reminders: number[];
  color: string;
  /** The day the item's events start (event-dates.ts), kept with each event; '' for events made before that rule. */
  from: string;
  /**
   * The plan's spreadsheet id, kept with each event (a private property) so that the Calendar card finds the plan
   * from the event alone; part of the content fingerprint, so events made before it was kept get it in one quiet patch.
   */
  planId: string;
  contentHash: string;
  inviteHash: string;
}

export interface DesiredOptions {
  lang: Lang;
  reminderDays: number[];
  /** The spreadsheet's URL with the Plan sheet's gid: "https://…/edit#gid=123". */
  sheetUrl: string;
  /** The spreadsheet's id ('' where unknown). */
  planId?: string;
  today: IsoDate;
  /** What Jospar made already: an item's remembered first day, and its past events, which stay. */
  known: ReadonlyMap<string, KnownEvent>;
  /** A role's full name in the Settings language, or null (the role as written stands). */
  fullName: (role: string) => string | null;
}

/** Why an item has no event although it has dates. */
export type NoEventReason = 'throughout-year' | 'past';

export interface Desired {
  events: DesiredEvent[];
  noEvent: Map<string, NoEventReason>;
}

/** Event colours by unit (the Calendar API's event colorId, 1-11); done items are grey. */
const UNIT_COLORS: Record<string, string> = { '1': '9', '2': '10', '3': '6', '4': '3' };
const DONE_COLOR = '8';

/** Each item's remembered first day: the earliest `from` of its known events ('' wins: made before the rule). */
function fromByItem(known: ReadonlyMap<string, KnownEvent>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of known.values()) {
    const item = k.key.split('#')[0];
    const before = out.get(item);
    if (before === undefined || k.from < before) out.set(item, k.from);
  }
  return out;
}

export function desiredEvents(items: EventItem[], options: DesiredOptions): Desired {
  const out: DesiredEvent[] = [];
  const noEvent = new Map<string, NoEventReason>();
  const remembered = fromByItem(options.known);
  const live = items.filter((i) => parseStatus(i.status) !== 'cancelled' && i.schedule.dueWorking.length > 0);
  // Told apart among all the plan's rows, cancelled ones too: cancelling one of two alike items changes no other title.
  const titles = distinctTitles(
    items.map((i) => ({ id: i.id, unit: i.unit, title: eventTitle(i.activity, i.deliverable) || i.id })),
  );
  for (const item of live) {
    // The item's one state (src/core/plan/item-state.ts) decides "done" and the status line.
    const state = itemState(
      { schedule: item.schedule, status: item.status, doneOn: item.doneOn },
      { today: options.today },
    );
    const done = state.kind === 'done';
    const unit = item.id.split('.')[0];
    const from = remembered.get(item.id) ?? options.today;
    const s = item.schedule;
    const base = {
      itemId: item.id,
      title: `${done ? '✓ ' : ''}${titles.get(item.id)}`,
      guests: [...item.owners].sort(),
      // A done item keeps its events, greyed, without reminders.
      reminders: done ? [] : [...new Set(options.reminderDays)].slice(0, 5).map((d) => d * 24 * 60),
      color: done ? DONE_COLOR : (UNIT_COLORS[unit] ?? '1'),
      from,
      planId: options.planId ?? '',
    };
    const description = (date: string | null) =>
      eventDescription(
        {
          id: item.id,
          row: item.row,
          activity: item.activity,
          responsible: item.responsible,
          deliverable: item.deliverable,
          deadline: item.deadline,
          status: eventStatusLine(state, item.status, options.lang),
          windows: s.windows.filter((x) => date === null || (x.start <= date && date <= x.end)),
        },
        { lang: options.lang, sheetUrl: options.sheetUrl, fullName: options.fullName },
      );
    const push = (key: string, date: string, series: SeriesPlan | null, text: string) => {
      const e = { ...base, key, date, series, description: text };
      out.push({
        ...e,
        contentHash: fnv1a(JSON.stringify([e.title, e.description, e.color, e.reminders, e.planId])),
        inviteHash: fnv1a(JSON.stringify([date, series?.recurrence ?? [], e.guests])),
      });
    };
    // Single events are numbered by the date's place among all the item's dates, so a key means the same date
    // whatever the first day of the item's events.
    const single = (date: IsoDate) => {
      const i = s.dueWorking.indexOf(date);
      push(`${item.id}#${i + 1}`, date, null, description(s.due[i] ?? date));
    };
    const { current, overdue } = eventDates({
      dates: s.dueWorking,
      throughoutYear: !!s.throughoutYear,
      done,
      today: options.today,
      from,
    });
    const made = out.length;
    // Events made already for dates before the current ones stay (history), updated like any other.
    s.dueWorking.forEach((date, i) => {
      if (!current.includes(date) && (date === overdue || options.known.has(`${item.id}#${i + 1}`))) single(date);
    });
    const first = current.length ? s.dueWorking.indexOf(current[0]) : -1;
    const series = first >= 0 ? seriesFor(s.rrule, s.due[first] ?? current[0], current) : null;
    if (series) {
      push(`${item.id}#series`, series.start, series, description(null));
      // A first date moved before the rule's day (a weekend) is a single event beside the series.
      series.before.forEach(single);
    } else current.forEach(single);
    if (out.length === made) noEvent.set(item.id, s.throughoutYear ? 'throughout-year' : 'past');
  }
  return { events: out, noEvent };
}
