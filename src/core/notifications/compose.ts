/**
 * One message per recipient per run: the reminders grouped (overdue, escalated, today, coming, the weekly summary),
 * subject with the counts in the recipient's language, HTML and plain text. Every piece of plan text is HTML-escaped;
 * only http(s) links become hrefs.
 */
import { addDays } from '../calendar/dates';
import { formatDueBy, formatLongDate } from '../deadline/format';
import type { Lang } from '../i18n/lang';
import { stateWord } from '../i18n/state-words';
import { isDueWithinHorizon } from '../plan/item-state';
import { escapeHtml } from '../text/escape-html';
import { fnv1a } from '../text/hash';
import { mt, type MailTextId } from './mail-texts';
import type { Person } from './people';
import { stateOn, type Group, type Reminder, type ReminderItem } from './reminders';

export interface Message {
  /** Stable for the same recipient, day and keys: the journal's name for this send. */
  id: string;
  recipient: string;
  lang: Lang;
  subject: string;
  html: string;
  text: string;
  keys: string[];
  reminders: Reminder[];
  /** Sort order under a short quota: overdue first, then the soonest due date. */
  rank: [number, string];
}

export interface ComposeContext {
  today: string;
  /** The approved plan's title (Settings planTitle), as the body names it. */
  planTitle: string;
  /** The plan's short name in each language with its year, as the subject names it («АҚД жұмыс жоспары 2025-2026»). */
  subjectName: (lang: Lang) => string;
  /** The Plan sheet's URL with its gid; a row link adds `&range=A<row>`. */
  planUrl: string;
  daysOff: ReadonlySet<string>;
  /** For the weekly summary: every item of the plan. */
  allItems: ReminderItem[];
  /** The signed "mark as done" link of an item's occurrence for one recipient (the web app), or null without one. */
  doneUrl?: (item: string, due: string, recipient: string) => string | null;
}

const GROUP_ORDER: Group[] = ['overdue', 'escalated', 'today', 'coming', 'summary'];
const GROUP_TITLE: Record<Group, MailTextId> = {
  overdue: 'groupOverdue',
  escalated: 'groupEscalated',
  today: 'groupToday',
  coming: 'groupComing',
  summary: 'groupSummary',
};
const SUBJECT_TEXT: Record<Group, MailTextId> = {
  overdue: 'subjectOverdue',
  escalated: 'subjectEscalated',
  today: 'subjectToday',
  coming: 'subjectComing',
  summary: 'subjectSummary',
};
/** Items a list of the weekly summary shows per unit; the rest are counted. */
const SUMMARY_LIST_LIMIT = 10;
/** Item ids a subject names; the rest are "…". */
const SUBJECT_IDS = 5;
/** Items one message lists at most. */
export const MAX_ITEMS = 80;

function safeUrl(url: string): string | null {
  const u = url.trim();
  return /^https:\/\/[^\s"'<>]+$/i.test(u) || /^http:\/\/[^\s"'<>]+$/i.test(u) ? u : null;
}

/** The first http(s) link in a cell (the Document column may hold a note before it). */
export function linkIn(cell: string): string | null {
  const m = /https?:\/\/[^\s"'<>]+/i.exec(cell);
  return m ? safeUrl(m[0]) : null;
}

export function composeMessages(
  reminders: Reminder[],
  people: ReadonlyMap<string, Person>,
  items: ReadonlyMap<string, ReminderItem>,
  ctx: ComposeContext,
): Message[] {
  const byRecipient = new Map<string, Reminder[]>();
  for (const r of reminders) byRecipient.set(r.recipient, [...(byRecipient.get(r.recipient) ?? []), r]);
  const messages: Message[] = [];
  for (const [recipient, list] of byRecipient) {
    const person = people.get(recipient);
    if (!person) continue;
    messages.push(composeOne(person, list, items, ctx));
  }
  return messages.sort(byRank);
}

export function byRank(a: Message, b: Message): number {
  return a.rank[0] - b.rank[0] || a.rank[1].localeCompare(b.rank[1]) || a.recipient.localeCompare(b.recipient);
}

function composeOne(
  person: Person,
  all: Reminder[],
  items: ReadonlyMap<string, ReminderItem>,
  ctx: ComposeContext,
): Message {
  const lang = person.lang;
  // At most MAX_ITEMS a message, overdue first then the soonest: a mail stays readable and under MailApp's 200 KB
  // body limit. The rest are not in this message's keys, so a later run tells them.
  const ordered = [...all].sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      a.due.localeCompare(b.due) ||
      a.item.localeCompare(b.item, undefined, { numeric: true }),
  );
  const shownItems = new Set<string>();
  for (const r of ordered)
    if (shownItems.size < MAX_ITEMS || r.group === 'summary') shownItems.add(`${r.item}#${r.due}`);
  const list = all.filter((r) => shownItems.has(`${r.item}#${r.due}`));
  const omitted = new Set(all.map((r) => `${r.item}#${r.due}`)).size - shownItems.size;
  const hasSummary = list.some((r) => r.group === 'summary');
  // The summary lists every overdue item by unit: a person who gets it is not told the escalated ones again.
  const groups = GROUP_ORDER.filter((g) => !(hasSummary && g === 'escalated'))
    .map((g) => ({
      group: g,
      reminders: dedupeItems(list.filter((r) => r.group === g)).sort(
        (a, b) => a.due.localeCompare(b.due) || a.item.localeCompare(b.item, undefined, { numeric: true }),
      ),
    }))
    .filter((g) => g.reminders.length > 0);
  const listed = new Set(groups.filter((g) => g.group !== 'summary').flatMap((g) => g.reminders.map((r) => r.item)));
  const subject = `${ctx.subjectName(lang)}: ${groups.map((g) => subjectPart(lang, g.group, g.reminders)).join('; ')}`;
  const keys = [...new Set(list.map((r) => r.key))].sort();
  const links =
    !!ctx.doneUrl && groups.some((g) => g.group === 'overdue' || g.group === 'today' || g.group === 'coming');
  const todo = groups.map((g) => doLine(lang, g.group, g.reminders));
  if (groups.some((g) => g.group !== 'summary' && g.group !== 'escalated'))
    todo.push(mt(lang, links ? 'doneHowLink' : 'doneHowReply'));
  const html: string[] = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">',
    `<p>${escapeHtml(mt(lang, 'greeting'))}</p>`,
    `<p>${todo.map((l) => `<b>${escapeHtml(l)}</b>`).join('<br>')}</p>`,
    `<p>${escapeHtml(mt(lang, 'intro', { plan: ctx.planTitle }))}</p>`,
  ];
  const text: string[] = [mt(lang, 'greeting'), '', ...todo, '', mt(lang, 'intro', { plan: ctx.planTitle }), ''];
  for (const g of groups) {
    const title = mt(lang, GROUP_TITLE[g.group]);
    const count = g.group === 'summary' ? '' : ` (${g.reminders.length})`;
    html.push(`<h3 style="margin:18px 0 6px">${escapeHtml(title)}${count}</h3>`);
    text.push(`== ${title}${count} ==`);
    if (g.group === 'summary') {
      const s = summaryLines(lang, listed, ctx);
      html.push(...s.html);
      text.push(...s.text, '');
      continue;
    }
    html.push('<ul style="padding-left:18px">');
    for (const r of g.reminders) {
      const item = items.get(r.item);
      if (!item) continue;
      const one = itemBlock(lang, item, r, ctx, person.email);
      html.push(one.html);
      text.push(...one.text, '');
    }
    html.push('</ul>');
  }
  if (omitted > 0) {
    html.push(`<p>${escapeHtml(mt(lang, 'moreLater', { n: omitted }))}</p>`);
    text.push(mt(lang, 'moreLater', { n: omitted }), '');
  }
  const why = mt(lang, 'footerWhy', { plan: ctx.planTitle, roles: person.roles.join(', ') });
  const stop = mt(lang, 'footerStop');
  const sent = mt(lang, 'footerSent', { date: formatLongDate(ctx.today, lang) });
  html.push(
    '<hr style="border:none;border-top:1px solid #dadce0;margin-top:24px">',
    `<p style="font-size:12px;color:#5f6368">${escapeHtml(why)}<br>${escapeHtml(stop)}<br>${escapeHtml(sent)}</p>`,
    '</body></html>',
  );
  text.push('--', why, stop, sent);
  const overdue = list.some((r) => r.group === 'overdue' || r.group === 'escalated');
  const soonest =
    list
      .filter((r) => r.group !== 'summary')
      .map((r) => r.due)
      .sort()[0] ?? '9999-12-31';
  return {
    id: fnv1a(`${person.email}|${ctx.today}|${keys.join(',')}`),
    recipient: person.email,
    lang,
    subject: oneLine(subject),
    html: html.join('\n'),
    text: text.join('\n'),
    keys,
    reminders: list,
    rank: [overdue ? 0 : 1, soonest],
  };
}

/** A subject is one line whatever the plan's text holds (a header cannot be broken from a cell). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').slice(0, 250);
}

/** Russian genitive after a number: 1, 21 … пункта; others пунктов. */
function ruItems(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? 'пункта' : 'пунктов';
}

function subjectPart(lang: Lang, group: Group, reminders: Reminder[]): string {
  const ids = reminders.map((r) => r.item);
  const shown = ids.slice(0, SUBJECT_IDS).join(', ') + (ids.length > SUBJECT_IDS ? ', …' : '');
  return mt(lang, SUBJECT_TEXT[group], { n: ids.length, p: ruItems(ids.length), ids: shown });
}

function doLine(lang: Lang, group: Group, reminders: Reminder[]): string {
  const n = reminders.length;
  if (group === 'overdue') return mt(lang, 'doOverdue', { n });
  if (group === 'escalated') return mt(lang, 'doEscalated', { n });
  if (group === 'today') return mt(lang, 'doToday', { n, date: formatLongDate(reminders[0].due, lang) });
  if (group === 'coming') return mt(lang, 'doComing', { n, due: formatDueBy(reminders[0].due, lang) });
  return mt(lang, 'doSummary');
}

/** An item twice in one group (say, as owner through two roles) is shown once. */
function dedupeItems(list: Reminder[]): Reminder[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = `${r.item}#${r.due}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function rowUrl(ctx: ComposeContext, row: number): string {
  return `${ctx.planUrl}&range=A${row + 1}`;
}

function itemBlock(
  lang: Lang,
  item: ReminderItem,
  r: Reminder,
  ctx: ComposeContext,
  recipient: string,
): { html: string; text: string[] } {
  const due = formatDueBy(r.due, lang);
  // Days late as every other view says it (the item's one state: calendar days since its last missed date); the
  // escalation rule counts working days, but a person reading the mail beside the sheet sees one figure.
  const late =
    r.group === 'overdue' || r.group === 'escalated' ? ` — ${stateWord(stateOn(item, ctx.today), lang)}` : '';
  const doc = linkIn(item.docLink);
  const row = safeUrl(rowUrl(ctx, item.row));
  const done = r.group === 'escalated' ? null : safeUrl(ctx.doneUrl?.(item.id, r.due, recipient) ?? '');
  const field = (id: MailTextId, value: string) =>
    value.trim() ? `<br><span style="color:#5f6368">${escapeHtml(mt(lang, id))}:</span> ${escapeHtml(value)}` : '';
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const actions = [
    ...(done ? [`<b>${link(done, mt(lang, 'markDone'))}</b>`] : []),
    ...(doc ? [link(doc, mt(lang, 'fieldDocument'))] : []),
    ...(row ? [link(row, mt(lang, 'openRow'))] : []),
  ];
  const html =
    `<li style="margin-bottom:10px"><b>[${escapeHtml(item.id)}]</b> ${escapeHtml(item.activity)}` +
    `<br><b>${escapeHtml(due)}</b>${escapeHtml(late)}` +
    field('fieldDeadline', item.deadline) +
    field('fieldDeliverable', item.deliverable) +
    (r.group === 'escalated' ? field('fieldResponsible', item.responsible) : '') +
    (actions.length ? `<br>${actions.join(' · ')}` : '') +
    '</li>';
  const text = [
    `[${item.id}] ${item.activity}`,
    `  ${due}${late}`,
    ...(item.deadline.trim() ? [`  ${mt(lang, 'fieldDeadline')}: ${item.deadline}`] : []),
    ...(item.deliverable.trim() ? [`  ${mt(lang, 'fieldDeliverable')}: ${item.deliverable}`] : []),
    ...(r.group === 'escalated' && item.responsible.trim()
      ? [`  ${mt(lang, 'fieldResponsible')}: ${item.responsible}`]
      : []),
    ...(done ? [`  ${mt(lang, 'markDone')}: ${done}`] : []),
    ...(doc ? [`  ${mt(lang, 'fieldDocument')}: ${doc}`] : []),
    ...(row ? [`  ${mt(lang, 'openRow')}: ${row}`] : []),
  ];
  return { html, text };
}

/**
 * The director's week, per unit: the overdue items, those done in the last 7 days and those due in the next 14 (the
 * same lists as the Plan and the Overview, from each item's one state, src/core/plan/item-state.ts), each
 * item once (an item listed in another group of the same message is left out here), at most SUMMARY_LIST_LIMIT a list.
 */
function summaryLines(
  lang: Lang,
  listed: ReadonlySet<string>,
  ctx: ComposeContext,
): { html: string[]; text: string[] } {
  const weekStart = addDays(ctx.today, -6);
  type Line = [ReminderItem, string];
  const units = new Map<string, { overdue: Line[]; done: Line[]; next: Line[] }>();
  const totals = { overdue: 0, done: 0, week: 0 };
  for (const item of ctx.allItems) {
    const s = stateOn(item, ctx.today);
    const bucket = (): { overdue: Line[]; done: Line[]; next: Line[] } => {
      const u = units.get(item.unit) ?? { overdue: [], done: [], next: [] };
      units.set(item.unit, u);
      return u;
    };
    const shown = !listed.has(item.id);
    if (s.kind === 'overdue' && s.lastMissed) {
      totals.overdue++;
      if (shown) bucket().overdue.push([item, s.lastMissed]);
    } else if (s.kind === 'done' && s.doneOn && s.doneOn >= weekStart && s.doneOn <= ctx.today) {
      totals.done++;
      if (shown) bucket().done.push([item, s.doneOn]);
    } else if (isDueWithinHorizon(s)) {
      // Due from today to UPCOMING_DAYS days on: the Plan's, the Overview's and the sidebar's "next 14 days".
      totals.week++;
      if (shown) bucket().next.push([item, s.nextDue!]);
    }
  }
  const counts = mt(lang, 'summaryCounts', totals);
  const html = [`<p>${escapeHtml(counts)}</p>`];
  const text = [counts];
  if (listed.size > 0) {
    html.push(`<p style="color:#5f6368">${escapeHtml(mt(lang, 'summaryAbove'))}</p>`);
    text.push(mt(lang, 'summaryAbove'));
  }
  const byDate = (a: Line, b: Line) =>
    a[1].localeCompare(b[1]) || a[0].id.localeCompare(b[0].id, undefined, { numeric: true });
  for (const [unit, lists] of units) {
    html.push(`<h4 style="margin:14px 0 4px">${escapeHtml(unit)}</h4>`);
    text.push('', `-- ${unit} --`);
    for (const [title, entries, dated] of [
      [mt(lang, 'groupOverdue'), lists.overdue, (d: string) => formatDueBy(d, lang)],
      [mt(lang, 'summaryDone'), lists.done, (d: string) => formatLongDate(d, lang)],
      [mt(lang, 'summaryNext'), lists.next, (d: string) => formatDueBy(d, lang)],
    ] as const) {
      if (entries.length === 0) continue;
      entries.sort(byDate);
      html.push(
        `<p style="margin:4px 0"><b>${escapeHtml(title)} (${entries.length})</b></p><ul style="padding-left:18px">`,
      );
      text.push(`${title} (${entries.length}):`);
      // Every overdue item is listed (it is what the week's escalations are about); the other lists are cut short.
      const limit = entries === lists.overdue ? MAX_ITEMS : SUMMARY_LIST_LIMIT;
      for (const [item, date] of entries.slice(0, limit)) {
        const line = `[${item.id}] ${dated(date)} — ${item.activity} (${item.responsible})`;
        const row = safeUrl(rowUrl(ctx, item.row));
        html.push(`<li>${escapeHtml(line)}${row ? ` <a href="${escapeHtml(row)}">↗</a>` : ''}</li>`);
        text.push(`  ${line}`);
      }
      if (entries.length > limit) {
        html.push(`<li>${escapeHtml(mt(lang, 'summaryMore', { n: entries.length - limit }))}</li>`);
        text.push(`  ${mt(lang, 'summaryMore', { n: entries.length - limit })}`);
      }
      html.push('</ul>');
    }
  }
  return { html, text };
}
