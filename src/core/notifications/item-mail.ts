/**
 * The mail Jospar sent about one item, as the sidebar's card shows it: read back from the Notifications sheet's rows
 * whose keys name the item (a key is item#due#rule, see reminders.ts; a digest lists the keys of every item it
 * covers). Newest first, because the sheet is appended to.
 */
import type { Lang } from '../i18n/lang';
import { st } from '../i18n/sidebar-messages';
import { wordFor } from '../i18n/words';
import { locateColumns, NOTIFICATIONS_SHEET } from '../sheets/layout';
import { cellReader } from '../sheets/readers';
import { MAIL_RESULT_WORDS, resultCode, splitKeys, type MailResult } from './notifications-log';
import { dottedDate } from '../text/dotted-date';

export interface ItemMail {
  /** The day sent (ISO) or the time cell as written. */
  time: string;
  recipient: string;
  /** The due date the message was about (ISO). */
  due: string;
  /** today, before-N, overdue-N or escalate-N (reminders.ts). */
  rule: string;
  result: MailResult | string;
}

/** The item's keys (item#due#rule) in a Keys cell, as [item, due, rule]; another item's never match. */
export function keysOfItem(keysCell: string, id: string): string[][] {
  return splitKeys(keysCell)
    .map((k) => k.split('#'))
    .filter((parts) => parts.length === 3 && parts[0] === id);
}

/** Where the Keys column is (0-based), or -1. */
export function keysColumn(header: readonly string[]): number {
  return locateColumns(NOTIFICATIONS_SHEET, header).get('keys') ?? -1;
}

/** The rows' messages about `id`, newest first (rows in sheet order, header given apart). */
export function mailAboutItem(header: string[], rows: string[][], id: string): ItemMail[] {
  const cell = cellReader(NOTIFICATIONS_SHEET, header);
  const out: ItemMail[] = [];
  for (const row of rows) {
    for (const [, due, rule] of keysOfItem(cell(row, 'keys'), id))
      out.push({
        time: cell(row, 'time').trim(),
        recipient: cell(row, 'recipient').trim(),
        due,
        rule,
        result: resultCode(cell(row, 'result')),
      });
  }
  return out.reverse();
}

/** Why a message went, in words: the rule of its key (reminders.ts). */
export function ruleText(rule: string, lang: Lang): string {
  const n = /-(\d+)$/.exec(rule)?.[1] ?? '';
  if (rule === 'today') return st(lang, 'mailRuleToday');
  if (rule.startsWith('before-')) return st(lang, 'mailRuleBefore', { n });
  if (rule.startsWith('overdue-')) return st(lang, 'mailRuleOverdue');
  if (rule.startsWith('escalate-')) return st(lang, 'mailRuleEscalate');
  if (rule.startsWith('manual-')) return st(lang, 'mailRuleManual');
  if (rule.startsWith('done-')) return st(lang, 'mailRuleDone');
  return rule;
}

/**
 * One line of the card's mail list: "10.10.2025 · a@edu.ektu.kz · 3 күн бұрын (13.10.2025) · жіберілді". Every result
 * (sent … reported, submitted, confirmed, returned) in words of `lang`; a code Jospar does not know stays as written.
 */
export function mailLine(m: ItemMail, lang: Lang): string {
  const result = MAIL_RESULT_WORDS.some((w) => w.code === m.result)
    ? wordFor(MAIL_RESULT_WORDS, m.result, lang)
    : m.result;
  const due = m.due ? ` (${dottedDate(m.due)})` : '';
  return `${dottedDate(m.time.slice(0, 10))} · ${m.recipient} · ${ruleText(m.rule, lang)}${due} · ${result}`;
}
