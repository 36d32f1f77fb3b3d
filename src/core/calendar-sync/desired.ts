/**
 * What the department's calendar should hold for the plan: one all-day event per working-day due date, or one series
 * where the schedule is a regular recurrence that CalendarApp can express and the working-day policy moves none of its
 * dates. Windows (a month, a period) are not drawn as multi-day events: a bar across a whole month for each of a
 * hundred
 * items would bury the one day that matters; the window is written in the description instead.
 *
 * Each event has a key (item id and occurrence number, or "series"), so a changed date updates the same event, and two
 * fingerprints: what it shows (title, description, colour, reminders) and whom it invites on which day (date, guests),
 * so that invitations go out again only when the date or the guests change.
 */
import { formatLongDate } from '../deadline/format';
import type { Lang } from '../i18n/lang';
import { parseStatus, STATUS_LABELS } from '../sheets/status';
import type { Schedule } from '../deadline/types';
import { fnv1a } from '../text/hash';

export const KEY_MARKER = 'jospar:key=';

export interface EventItem {
  id: string;
  activity: string;
  responsible: string;
  deliverable: string;
  deadline: string;
  status: string;
  owners: string[];
  schedule: Schedule;
  /** The responsible roles by full name (from the Roles sheet); the cell as written when unset. */
  responsibleFull?: string;
  /** The item's row in the Plan sheet (1-based), for a link to it. */
  row?: number;
}

export interface SeriesRule {
  freq: 'MONTHLY' | 'WEEKLY';
  monthDay?: number;
  weekday?: 'FR';
  count: number;
  rrule: string;
}

export interface DesiredEvent {
  key: string;
  itemId: string;
  /** The (first) day, ISO. */
  date: string;
  series: SeriesRule | null;
  title: string;
  description: string;
  guests: string[];
  /** Popup reminders, minutes before the day starts. */
  reminders: number[];
  color: string;
  contentHash: string;
  inviteHash: string;
}

export interface DesiredOptions {
  lang: Lang;
  reminderDays: number[];
  /** The Plan sheet's address (…/edit#gid=N); a row's link adds its range. */
  sheetUrl: string;
  /** Today (ISO): occurrences already past are not created, unless they are the item's missed deadline. */
  today?: string;
  /** Keys of the events the calendar already holds: a past occurrence Jospar made stays. */
  known?: ReadonlySet<string>;
}

/** Event colours by unit (CalendarApp.EventColor values); done items are grey. */
const UNIT_COLORS: Record<string, string> = { '1': '9', '2': '10', '3': '6', '4': '3' };
const DONE_COLOR = '8';

const WORDS = {
  kk: {
    responsible: 'Жауапты',
    deliverable: 'Аяқталу түрі',
    deadline: 'Орындау мерзімі',
    status: 'Мәртебе',
    window: 'Кезең',
    row: 'Жоспардағы жол',
    due: 'Мерзімі',
  },
  ru: {
    responsible: 'Ответственные',
    deliverable: 'Форма завершения',
    deadline: 'Срок',
    status: 'Статус',
    window: 'Период',
    row: 'Строка плана',
    due: 'Срок',
  },
  en: {
    responsible: 'Responsible',
    deliverable: 'Deliverable',
    deadline: 'Deadline',
    status: 'Status',
    window: 'Window',
    row: 'Plan row',
    due: 'Due',
  },
};

export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The series CalendarApp's Recurrence builder can express: monthly on a day 1-28, weekly on Friday. */
function seriesRule(s: Schedule): SeriesRule | null {
  if (!s.rrule || s.due.length === 0) return null;
  if (s.due.join() !== s.dueWorking.join()) return null; // the working-day policy moved some: single events instead
  const count = s.due.length;
  const monthly = /^FREQ=MONTHLY;BYMONTHDAY=(\d{1,2});COUNT=\d+$/.exec(s.rrule);
  if (monthly && Number(monthly[1]) <= 28)
    return {
      freq: 'MONTHLY',
      monthDay: Number(monthly[1]),
      count,
      rrule: `FREQ=MONTHLY;BYMONTHDAY=${monthly[1]};COUNT=${count}`,
    };
  if (/^FREQ=WEEKLY;BYDAY=FR;COUNT=\d+$/.test(s.rrule))
    return { freq: 'WEEKLY', weekday: 'FR', count, rrule: `FREQ=WEEKLY;BYDAY=FR;COUNT=${count}` };
  return null;
}

/**
 * What an invitee reads: a title that is the activity itself (no ids they do not know), then the due day in long form,
 * the deadline as the plan writes it, the responsible by full name, the deliverable, the window, the status and a link
 * to the item's own row.
 *
 * Conventions: an item due only "throughout the year" gets no event (a year-long task has no day to be reminded of,
 * and fifty of them on the year's last day would bury the rest; the Plan still shows it); an occurrence already past
 * is not created, unless it is the missed deadline of an item neither done nor cancelled (then one event says so), or
 * the calendar already holds it.
 */
export function desiredEvents(items: EventItem[], options: DesiredOptions): DesiredEvent[] {
  const out: DesiredEvent[] = [];
  const w = WORDS[options.lang];
  const lang = options.lang;
  const long = (iso: string) => formatLongDate(iso, lang);
  for (const item of items) {
    const status = parseStatus(item.status);
    if (status === 'cancelled' || item.schedule.dueWorking.length === 0) continue;
    if (item.schedule.kind === 'year') continue;
    const done = status === 'done';
    const unit = item.id.split('.')[0];
    const base = {
      itemId: item.id,
      title: `${done ? '✓ ' : ''}${shorten(item.activity, 90)}`,
      guests: [...item.owners].sort(),
      // A done item keeps its events, greyed, without reminders.
      reminders: done ? [] : [...new Set(options.reminderDays)].slice(0, 5).map((d) => d * 24 * 60),
      color: done ? DONE_COLOR : (UNIT_COLORS[unit] ?? '1'),
    };
    const link = item.row ? `${options.sheetUrl}&range=A${item.row}` : options.sheetUrl;
    // `day` is the event's own day (none for a series: each occurrence has its own); `raw` picks the window.
    const description = (day: string | null, raw: string) =>
      [
        item.activity,
        '',
        ...(day ? [`${w.due}: ${long(day)}`] : []),
        `${w.deadline}: ${item.deadline}`,
        `${w.responsible}: ${item.responsibleFull || item.responsible}`,
        `${w.deliverable}: ${item.deliverable}`,
        ...item.schedule.windows
          .filter((x) => x.start <= raw && raw <= x.end && x.start !== x.end)
          .map((x) => `${w.window}: ${long(x.start)} – ${long(x.end)}`),
        `${w.status}: ${status ? STATUS_LABELS[status][lang] : item.status}`,
        `${w.row}: ${link}`,
      ].join('\n');
    const push = (key: string, date: string, series: SeriesRule | null, text: string) => {
      const e = { ...base, key, date, series, description: `${text}\n\n${KEY_MARKER}${key}` };
      out.push({
        ...e,
        contentHash: fnv1a(JSON.stringify([e.title, e.description, e.color, e.reminders])),
        inviteHash: fnv1a(JSON.stringify([date, series?.rrule ?? '', e.guests])),
      });
    };
    const today = options.today ?? '';
    const dates = item.schedule.dueWorking;
    const lastMissed = !done && today && dates[dates.length - 1] < today ? dates.length - 1 : -1;
    const wanted = (key: string, date: string, i: number) =>
      !today || date >= today || i === lastMissed || !!options.known?.has(key);
    const series = seriesRule(item.schedule);
    if (series && (!today || item.schedule.due[0] >= today || options.known?.has(`${item.id}#series`)))
      push(`${item.id}#series`, item.schedule.due[0], series, description(null, item.schedule.due[0]));
    else
      dates.forEach((date, i) => {
        const key = `${item.id}#${i + 1}`;
        if (wanted(key, date, i)) push(key, date, null, description(date, item.schedule.due[i] ?? date));
      });
  }
  return out;
}

export function keyFromDescription(description: string): string | null {
  const i = description.lastIndexOf(KEY_MARKER);
  if (i < 0) return null;
  const key = description.slice(i + KEY_MARKER.length).split(/\s/)[0];
  return /^\d+\.\d+#(\d+|series)$/.test(key) ? key : null;
}
