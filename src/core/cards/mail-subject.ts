/**
 * Which items a Jospar reminder is about, from its subject: the one part of a message Jospar controls that the Gmail
 * add-on may read with the message-metadata scope (MailApp sets no header of its own: its options are the recipients,
 * subject, bodies, sender name, reply-to and attachments). The daily mail's subject is the plan's short name and year,
 * a colon, then each group with its item ids in brackets, at most five a group and "…" for the rest
 * (src/core/notifications/compose.ts): «АҚД жұмыс жоспары 2025-2026: 2 тармақтың мерзімі өтті (1.01, 1.07)».
 * A subject that does not start with one of the plan's names is not this plan's reminder.
 */
import { parseItemId } from '../plan/item-id';

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
