/**
 * What the department's calendar should hold for the plan: one all-day event per working-day due date, or one series
 * where the schedule is a regular recurrence (series.ts: a rule, with the working-day moves said by BYSETPOS, EXDATE
 * and RDATE). Windows (a month, a period) are not drawn as multi-day events: a bar across a whole month for each of a
 * hundred
 * items would bury the one day that matters; the window is written in the description instead.
 *
 * Each event has a key (item id and occurrence number, or "series"), so a changed date updates the same event, and two
 * fingerprints: what it shows (title, description, colour, reminders) and whom it invites on which day (date, guests),
 * so that invitations go out again only when the date or the guests change.
 */
import type { Lang } from '../i18n/lang';
import { parseStatus, STATUS_LABELS } from '../sheets/status';
import type { Schedule } from '../deadline/types';
import { fnv1a } from '../text/hash';
import { seriesFor, type SeriesPlan } from './series';

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
  contentHash: string;
  inviteHash: string;
}

export interface DesiredOptions {
  lang: Lang;
  reminderDays: number[];
  sheetUrl: string;
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
  },
  ru: {
    responsible: 'Ответственные',
    deliverable: 'Форма завершения',
    deadline: 'Срок',
    status: 'Статус',
    window: 'Период',
    row: 'Строка плана',
  },
  en: {
    responsible: 'Responsible',
    deliverable: 'Deliverable',
    deadline: 'Deadline',
    status: 'Status',
    window: 'Window',
    row: 'Plan row',
  },
};

export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export function desiredEvents(items: EventItem[], options: DesiredOptions): DesiredEvent[] {
  const out: DesiredEvent[] = [];
  const w = WORDS[options.lang];
  for (const item of items) {
    const status = parseStatus(item.status);
    if (status === 'cancelled' || item.schedule.dueWorking.length === 0) continue;
    const done = status === 'done';
    const unit = item.id.split('.')[0];
    const base = {
      itemId: item.id,
      title: `${done ? '✓ ' : ''}[${item.id}] ${shorten(item.activity, 80)}`,
      guests: [...item.owners].sort(),
      // A done item keeps its events, greyed, without reminders.
      reminders: done ? [] : [...new Set(options.reminderDays)].slice(0, 5).map((d) => d * 24 * 60),
      color: done ? DONE_COLOR : (UNIT_COLORS[unit] ?? '1'),
    };
    const description = (date: string | null) =>
      [
        item.activity,
        '',
        `${w.responsible}: ${item.responsible}`,
        `${w.deliverable}: ${item.deliverable}`,
        `${w.deadline}: ${item.deadline}`,
        ...item.schedule.windows
          .filter((x) => date === null || (x.start <= date && date <= x.end))
          .map((x) => `${w.window}: ${x.start} – ${x.end}`),
        `${w.status}: ${status ? STATUS_LABELS[status][options.lang] : item.status}`,
        `${w.row}: ${item.id} — ${options.sheetUrl}`,
      ].join('\n');
    const push = (key: string, date: string, series: SeriesPlan | null, text: string) => {
      const e = { ...base, key, date, series, description: `${text}\n\n${KEY_MARKER}${key}` };
      out.push({
        ...e,
        contentHash: fnv1a(JSON.stringify([e.title, e.description, e.color, e.reminders])),
        inviteHash: fnv1a(JSON.stringify([date, series?.recurrence ?? [], e.guests])),
      });
    };
    const s = item.schedule;
    const series = seriesFor(s.rrule, s.due[0] ?? s.dueWorking[0], s.dueWorking);
    if (series) {
      push(`${item.id}#series`, series.start, series, description(null));
      // A first date moved before the rule's day (a weekend) is a single event beside the series.
      series.before.forEach((date, i) => push(`${item.id}#${i + 1}`, date, null, description(s.due[i] ?? date)));
    } else
      item.schedule.dueWorking.forEach((date, i) =>
        push(`${item.id}#${i + 1}`, date, null, description(item.schedule.due[i] ?? date)),
      );
  }
  return out;
}

export function keyFromDescription(description: string): string | null {
  const i = description.lastIndexOf(KEY_MARKER);
  if (i < 0) return null;
  const key = description.slice(i + KEY_MARKER.length).split(/\s/)[0];
  return /^\d+\.\d+#(\d+|series)$/.test(key) ? key : null;
}
