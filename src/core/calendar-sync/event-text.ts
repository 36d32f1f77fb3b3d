/**
 * What an invited person reads on a Jospar event: a title that names the work in the plan's own words (no item ids,
 * which only the sheet knows), and a description with the responsible people by full position, dates in long form in
 * the Settings language and a link to the item's row.
 *
 * The description is HTML to Google Calendar (the events resource: "Can contain HTML"), so every text that comes from
 * the sheet is escaped there: an activity that contains markup shows as the characters typed, never as markup. The
 * title (summary) is plain text and stays as typed.
 */
import { formatLongDate } from '../deadline/format';
import type { Window } from '../deadline/types';
import type { Lang } from '../i18n/lang';
import { unitAbbreviation } from '../plan/unit-label';
import { splitResponsible } from '../roles/split-responsible';

/** Longer titles are cut in Calendar's month and week views anyway; the whole activity is in the description. */
export const TITLE_MAX = 100;
/** A deliverable this short names what is due ("Бұйрық", "Бекітілген кесте") and leads a long activity's title. */
const DELIVERABLE_LEAD_MAX = 30;

const WORDS = {
  kk: {
    responsible: 'Жауапты',
    deliverable: 'Аяқталу түрі',
    deadline: 'Орындау мерзімі',
    status: 'Мәртебе',
    window: 'Кезең',
    row: 'Жоспардағы жолы',
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

const space = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cuts at a word boundary with "…" when longer than `max`. */
export function shorten(text: string, max: number): string {
  const t = space(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * Keeps the beginning and the end, "…" between, at word boundaries: a Kazakh activity ends with its verb ("… кестесін
 * жасау"), a Russian or English one names its object last, so both ends say more than the middle.
 */
function shortenMiddle(text: string, max: number): string {
  const t = space(text);
  if (t.length <= max) return t;
  const words = t.split(' ');
  let head = '';
  let tail = '';
  let i = 0;
  let j = words.length - 1;
  // Roughly three fifths of the room for the start, the rest for the end.
  while (i < j && (head + words[i]).length + 1 <= max * 0.6) head += `${words[i++]} `;
  while (j > i && (words[j] + tail).length + head.length + 2 <= max) tail = ` ${words[j--]}${tail}`;
  if (!head || !tail) return shorten(t, max);
  return `${head.trim().replace(/[,;:–-]+$/, '')} …${tail}`;
}

/**
 * The activity's own words up to where its details begin: without bracketed asides, and only the first sentence or
 * the part before a colon or semicolon when what comes before is long enough to say what the work is.
 */
export function headline(text: string): string {
  let t = space(text);
  const withoutAsides = space(t.replace(/\s*\([^()]*\)/g, ''));
  if (withoutAsides.length >= 15) t = withoutAsides;
  // A sentence ends at ". " after a word of two letters or more (not "т.б. "); a clause at ": " or "; "; neither
  // inside «quotes» (a course title may have a colon).
  const quotes = (x: string) => (x.match(/«/g) ?? []).length - (x.match(/»/g) ?? []).length;
  for (const m of t.matchAll(/[^\s.]{2}(\.\s+|[:;]\s+)(?=\S)/gu)) {
    const end = m.index + 2;
    if (end >= 20 && quotes(t.slice(0, end)) <= 0) {
      t = t.slice(0, end);
      break;
    }
  }
  return t.replace(/[\s.;:,]+$/, '');
}

/** The title of an item's events (without the done mark): the activity, and a long one led by a short deliverable. */
export function eventTitle(activity: string, deliverable: string): string {
  const head = headline(activity);
  if (head.length <= TITLE_MAX) return head;
  const what = headline(deliverable);
  if (what && what.length <= DELIVERABLE_LEAD_MAX && !head.toLowerCase().startsWith(what.toLowerCase()))
    return `${what}: ${shortenMiddle(head, TITLE_MAX - what.length - 2)}`;
  return shortenMiddle(head, TITLE_MAX);
}

/** The unit as a short label ("3. ТО") for telling apart items whose titles are the same. */
function unitShort(unit: string): string {
  const t = space(unit);
  if (t.length <= 15) return t;
  const m = /^(\d{1,2})\.?\s*(.*)$/.exec(t);
  return m ? `${m[1]}. ${unitAbbreviation(m[2])}` : unitAbbreviation(t);
}

/**
 * Titles that tell items apart: items whose titles come out the same (the plan repeats some activities in two units)
 * get their unit's short label, and, if that is the same too, their number in the unit.
 */
export function distinctTitles(items: ReadonlyArray<{ id: string; unit: string; title: string }>): Map<string, string> {
  const out = new Map<string, string>();
  const groups = new Map<string, typeof items>();
  for (const it of items) groups.set(it.title, [...(groups.get(it.title) ?? []), it]);
  for (const [title, group] of groups) {
    if (group.length === 1) {
      out.set(group[0].id, title);
      continue;
    }
    const withUnit = group.map((it) => ({ it, title: `${title} (${unitShort(it.unit) || it.id.split('.')[0]})` }));
    for (const { it, title: t } of withUnit) {
      const same = withUnit.filter((x) => x.title === t).length > 1;
      out.set(it.id, same ? `${t.slice(0, -1)}, № ${it.id.split('.').slice(1).join('.')})` : t);
    }
  }
  return out;
}

/**
 * Text made safe inside an event description's HTML: what it shows is exactly the characters given. Not core's
 * escapeHtml (src/core/text/escape-html.ts), which also turns quotes into entities: a description puts text only in
 * element content, never in an attribute, so quotes need none; and the description is part of each event's content
 * fingerprint (desired.ts), so escaping quotes now would change the description of every event whose activity,
 * deliverable or deadline holds a quote ("…" or an apostrophe), and the next sync would patch them all for nothing.
 */
export function escapeEventHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The Responsible cell by full position (the Roles sheet's full name, or Jospar's catalogue), remarks kept. */
export function responsibleNames(responsible: string, fullName: (role: string) => string | null): string {
  return splitResponsible(responsible)
    .map((m) => {
      const full = fullName(m.name) || m.name;
      return m.remark ? `${full} (${m.remark})` : full;
    })
    .join(', ');
}

export interface DescriptionInput {
  activity: string;
  responsible: string;
  deliverable: string;
  deadline: string;
  status: string;
  windows: readonly Window[];
  /** The item's row in the Plan sheet (1-based) and its id, for the link; the link is the sheet's URL with them. */
  id: string;
  row: number;
}

/** "1 September 2026 – 30 September 2026", in the language asked. */
function longWindow(w: Window, lang: Lang): string {
  return w.start === w.end
    ? formatLongDate(w.start, lang)
    : `${formatLongDate(w.start, lang)} – ${formatLongDate(w.end, lang)}`;
}

/**
 * The description as HTML text (lines separated by newlines, which Calendar keeps). `sheetUrl` is the spreadsheet's
 * URL with the Plan sheet's gid ("…#gid=123"); the row goes after it as "&range=A<row>", the way Sheets links a cell.
 */
export function eventDescription(
  d: DescriptionInput,
  o: { lang: Lang; sheetUrl: string; fullName: (role: string) => string | null },
): string {
  const w = WORDS[o.lang];
  const e = (text: string) => escapeEventHtml(space(text));
  const link = `${o.sheetUrl}${o.sheetUrl.includes('#') ? '&' : '#'}range=A${d.row}`;
  return [
    e(d.activity),
    '',
    `${w.responsible}: ${e(responsibleNames(d.responsible, o.fullName))}`,
    `${w.deliverable}: ${e(d.deliverable)}`,
    `${w.deadline}: ${e(d.deadline)}`,
    ...d.windows.map((x) => `${w.window}: ${longWindow(x, o.lang)}`),
    `${w.status}: ${e(d.status)}`,
    `${w.row} ${d.row} (ID ${e(d.id)}): ${escapeEventHtml(link)}`,
  ].join('\n');
}
