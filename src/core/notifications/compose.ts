/**
 * One message per recipient per run: the reminders grouped (overdue, escalated, today, coming, the weekly summary),
 * subject with the counts in the recipient's language, HTML and plain text. Every piece of plan text is HTML-escaped;
 * only http(s) links become hrefs.
 */
import { formatDueBy, formatLongDate } from '../deadline/format';
import type { Lang } from '../i18n/lang';
import { isDueWithinHorizon } from '../plan/item-state';
import { fnv1a } from '../text/hash';
import { mt, type MailTextId } from './mail-texts';
import type { Person } from './people';
import { stateOf, workingDaysLate, type Group, type Reminder, type ReminderItem } from './reminders';

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
  planName: string;
  /** The Plan sheet's URL with its gid; a row link adds `&range=A<row>`. */
  planUrl: string;
  daysOff: ReadonlySet<string>;
  /** For the weekly summary: every item that can still be reminded about. */
  activeItems: ReminderItem[];
}

const GROUP_ORDER: Group[] = ['overdue', 'escalated', 'today', 'coming', 'summary'];
const GROUP_TITLE: Record<Group, MailTextId> = {
  overdue: 'groupOverdue',
  escalated: 'groupEscalated',
  today: 'groupToday',
  coming: 'groupComing',
  summary: 'groupSummary',
};
const COUNT_TEXT: Record<Group, MailTextId> = {
  overdue: 'countOverdue',
  escalated: 'countEscalated',
  today: 'countToday',
  coming: 'countComing',
  summary: 'countSummary',
};
/** Items one message lists at most. */
export const MAX_ITEMS = 80;
/** The summary lists every overdue and coming item up to this many each (then "… and N more"). */
const SUMMARY_LIST_LIMIT = MAX_ITEMS;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

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
  const groups = GROUP_ORDER.map((g) => ({
    group: g,
    reminders: dedupeItems(list.filter((r) => r.group === g)).sort(
      (a, b) => a.due.localeCompare(b.due) || a.item.localeCompare(b.item, undefined, { numeric: true }),
    ),
  })).filter((g) => g.reminders.length > 0);
  const counts = groups.map((g) =>
    g.group === 'summary' ? mt(lang, 'countSummary') : mt(lang, COUNT_TEXT[g.group], { n: g.reminders.length }),
  );
  const subject = `${mt(lang, 'subjectPrefix')}: ${counts.join(', ')}`;
  const keys = [...new Set(list.map((r) => r.key))].sort();
  const html: string[] = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">',
    `<p>${escapeHtml(mt(lang, 'greeting'))}</p>`,
    `<p>${escapeHtml(mt(lang, 'intro', { plan: ctx.planName }))}</p>`,
  ];
  const text: string[] = [mt(lang, 'greeting'), '', mt(lang, 'intro', { plan: ctx.planName }), ''];
  for (const g of groups) {
    const title = mt(lang, GROUP_TITLE[g.group]);
    html.push(
      `<h3 style="margin:18px 0 6px">${escapeHtml(title)} (${g.group === 'summary' ? '' : g.reminders.length})</h3>`.replace(
        ' ()',
        '',
      ),
    );
    text.push(`== ${title} ==`);
    if (g.group === 'summary') {
      const s = summaryLines(lang, items, ctx);
      html.push(...s.html);
      text.push(...s.text, '');
      continue;
    }
    html.push('<ul style="padding-left:18px">');
    for (const r of g.reminders) {
      const item = items.get(r.item);
      if (!item) continue;
      const one = itemBlock(lang, item, r, ctx);
      html.push(one.html);
      text.push(...one.text, '');
    }
    html.push('</ul>');
  }
  if (omitted > 0) {
    html.push(`<p>${escapeHtml(mt(lang, 'moreLater', { n: omitted }))}</p>`);
    text.push(mt(lang, 'moreLater', { n: omitted }), '');
  }
  const why = mt(lang, 'footerWhy', { plan: ctx.planName, roles: person.roles.join(', ') });
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
    subject,
    html: html.join('\n'),
    text: text.join('\n'),
    keys,
    reminders: list,
    rank: [overdue ? 0 : 1, soonest],
  };
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

function itemBlock(lang: Lang, item: ReminderItem, r: Reminder, ctx: ComposeContext): { html: string; text: string[] } {
  const due = formatDueBy(r.due, lang);
  const late =
    r.group === 'overdue' || r.group === 'escalated'
      ? ` — ${mt(lang, 'daysLate', { n: workingDaysLate(r.due, ctx.today, ctx.daysOff) })}`
      : '';
  const doc = linkIn(item.docLink);
  const row = safeUrl(rowUrl(ctx, item.row));
  const field = (id: MailTextId, value: string) =>
    value.trim() ? `<br><span style="color:#5f6368">${escapeHtml(mt(lang, id))}:</span> ${escapeHtml(value)}` : '';
  const html =
    `<li style="margin-bottom:10px"><b>[${escapeHtml(item.id)}]</b> ${escapeHtml(item.activity)}` +
    `<br><b>${escapeHtml(due)}</b>${escapeHtml(late)}` +
    field('fieldDeadline', item.deadline) +
    field('fieldDeliverable', item.deliverable) +
    (r.group === 'escalated' ? field('fieldResponsible', item.responsible) : '') +
    (doc ? `<br><a href="${escapeHtml(doc)}">${escapeHtml(mt(lang, 'fieldDocument'))}</a>` : '') +
    (row ? `${doc ? ' · ' : '<br>'}<a href="${escapeHtml(row)}">${escapeHtml(mt(lang, 'openRow'))}</a>` : '') +
    '</li>';
  const text = [
    `[${item.id}] ${item.activity}`,
    `  ${due}${late}`,
    ...(item.deadline.trim() ? [`  ${mt(lang, 'fieldDeadline')}: ${item.deadline}`] : []),
    ...(item.deliverable.trim() ? [`  ${mt(lang, 'fieldDeliverable')}: ${item.deliverable}`] : []),
    ...(r.group === 'escalated' && item.responsible.trim()
      ? [`  ${mt(lang, 'fieldResponsible')}: ${item.responsible}`]
      : []),
    ...(doc ? [`  ${mt(lang, 'fieldDocument')}: ${doc}`] : []),
    ...(row ? [`  ${mt(lang, 'openRow')}: ${row}`] : []),
  ];
  return { html, text };
}

/**
 * The director's summary: counts, then the overdue items and those due in the next UPCOMING_DAYS days, by date: the
 * same two lists as the Plan and the Overview, from each item's one state (src/core/plan/item-state.ts).
 */
function summaryLines(
  lang: Lang,
  _items: ReadonlyMap<string, ReminderItem>,
  ctx: ComposeContext,
): { html: string[]; text: string[] } {
  const overdue: Array<[ReminderItem, string]> = [];
  const week: Array<[ReminderItem, string]> = [];
  let todayCount = 0;
  for (const item of ctx.activeItems) {
    const s = stateOf(item, ctx.today);
    if (s.kind === 'overdue') overdue.push([item, s.lastMissed!]);
    else if (isDueWithinHorizon(s)) week.push([item, s.nextDue!]);
    if (s.kind === 'due-today') todayCount++;
  }
  const sortByDate = (a: [ReminderItem, string], b: [ReminderItem, string]) => a[1].localeCompare(b[1]);
  overdue.sort(sortByDate);
  week.sort(sortByDate);
  const counts = mt(lang, 'summaryCounts', { overdue: overdue.length, today: todayCount, week: week.length });
  const html = [`<p>${escapeHtml(counts)}</p>`];
  const text = [counts];
  for (const [title, list] of [
    [mt(lang, 'groupOverdue'), overdue],
    [mt(lang, 'groupComing'), week],
  ] as const) {
    if (list.length === 0) continue;
    html.push(`<p><b>${escapeHtml(title)}</b></p><ul style="padding-left:18px">`);
    text.push(`${title}:`);
    for (const [item, due] of list.slice(0, SUMMARY_LIST_LIMIT)) {
      const line = `[${item.id}] ${formatDueBy(due, lang)} — ${item.activity} (${item.responsible})`;
      const row = safeUrl(rowUrl(ctx, item.row));
      html.push(`<li>${escapeHtml(line)}${row ? ` <a href="${escapeHtml(row)}">↗</a>` : ''}</li>`);
      text.push(`  ${line}`);
    }
    if (list.length > SUMMARY_LIST_LIMIT) {
      html.push(`<li>${escapeHtml(mt(lang, 'summaryMore', { n: list.length - SUMMARY_LIST_LIMIT }))}</li>`);
      text.push(`  ${mt(lang, 'summaryMore', { n: list.length - SUMMARY_LIST_LIMIT })}`);
    }
    html.push('</ul>');
  }
  return { html, text };
}
