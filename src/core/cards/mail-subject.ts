/**
 * Which items a Jospar reminder is about, from its subject: the one part of a message Jospar controls that the Gmail
 * add-on may read with the message-metadata scope (MailApp sets no header of its own: its options are the recipients,
 * subject, bodies, sender name, reply-to and attachments). The daily mail's subject is the plan's short name and year,
 * a colon, then each group with its item ids in brackets, at most five a group and "…" for the rest
 * (src/core/notifications/compose.ts): «АҚД жұмыс жоспары 2025-2026: 2 тармақтың мерзімі өтті (1.01, 1.07)».
 * A subject that does not start with one of the plan's names is not this plan's reminder.
 *
 * A viewer's report sent to the keeper from a card (src/gas/cards/report-send.ts) has a subject of its own: the plan's
 * name, the words "submitted for review", the item in brackets and the request's key in square brackets
 * («АҚД жұмыс жоспары 2025-2026: тексеруге жіберілді (1.07) [mi9x2k3a-3f9a0c1b2d]»), read before a reminder's.
 */
import type { Lang } from '../i18n/lang';
import { parseItemId } from '../plan/item-id';

/** A card request's key as it rides in an action's parameters and a report's subject. */
export const REQUEST_KEY = /^[a-z0-9-]{6,40}$/i;

const REVIEW_WORDS: Record<Lang, string> = {
  kk: 'тексеруге жіберілді',
  ru: 'на проверку',
  en: 'submitted for review',
};

/** The subject of a report sent for review: `name` is the plan's subject name in the plan's language. */
export function reviewSubjectOf(name: string, lang: Lang, item: string, key: string): string {
  return `${name.trim()}: ${REVIEW_WORDS[lang]} (${item}) [${key}]`;
}

/** The item and the request key of a report's subject, when it names one of the plan's `names`; else null. */
export function reviewSubject(subject: string, names: string[]): { item: string; key: string } | null {
  const text = String(subject ?? '').trim();
  if (!names.some((n) => n.trim() && text.startsWith(`${n.trim()}:`))) return null;
  const m = /\(([^()]+)\)\s*\[([^\]]+)\]$/.exec(text);
  if (!m || !parseItemId(m[1].trim()) || !REQUEST_KEY.test(m[2])) return null;
  return { item: m[1].trim(), key: m[2] };
}

export interface ReminderSubject {
  ids: string[];
  /** The subject left some ids out ("…"). */
  more: boolean;
}

/** `names`: the plan's subject names in each language ("АҚД жұмыс жоспары 2025-2026", …). */
export function reminderSubject(subject: string, names: string[]): ReminderSubject | null {
  const text = String(subject ?? '').trim();
  const named = names.some((n) => n.trim() && text.startsWith(`${n.trim()}:`));
  if (!named) return null;
  const ids: string[] = [];
  let more = false;
  for (const group of text.matchAll(/\(([^()]*)\)/g))
    for (const token of group[1].split(',').map((t) => t.trim())) {
      if (token === '…' || token === '...') more = true;
      else if (parseItemId(token) && !ids.includes(token)) ids.push(token);
    }
  return ids.length ? { ids, more } : null;
}
