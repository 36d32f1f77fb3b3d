/**
 * The intent-before-send journal, in document properties: a message's intent is written before MailApp is called and
 * confirmed after it returns. A run cut off between the two leaves an intent: the next run logs it as "unconfirmed"
 * and counts its keys as sent, because mail cannot be unsent and a second copy is the failure to avoid. The entries go
 * to the Notifications sheet in the run's one write and are cleared after it.
 */
import type { LoggedMessage, MailResult } from '../../core/notifications/notifications-log';
import { SENT_RECORD_MARK, SENT_RECORD_PREFIX, sentRecordProperties } from '../../core/notifications/sent-record';

export const MAIL_JOURNAL_PREFIX = 'jospar.mail:';
/** A property value holds at most 9 KB: a long key list is split over parts written in the same call. */
const PART_CHARS = 7000;

type Props = GoogleAppsScript.Properties.Properties;

interface Entry {
  id: string;
  t: string;
  r: string;
  s: string;
  /** intent, sent or failed */
  st: 'intent' | 'sent' | 'failed';
  e?: string;
  /** Number of key parts. */
  p: number;
}

/** Writes the intent (one call) and returns it, for the confirmation to extend. */
export function writeIntent(
  props: Props,
  m: { id: string; recipient: string; subject: string; keys: string[] },
  time: string,
): string {
  const parts = chunk(m.keys.join(','), PART_CHARS);
  const entry: Entry = { id: m.id, t: time, r: m.recipient, s: m.subject.slice(0, 300), st: 'intent', p: parts.length };
  const values: Record<string, string> = { [MAIL_JOURNAL_PREFIX + m.id]: JSON.stringify(entry) };
  parts.forEach((part, i) => (values[`${MAIL_JOURNAL_PREFIX}${m.id}#${i}`] = part));
  props.setProperties(values);
  return values[MAIL_JOURNAL_PREFIX + m.id];
}

/** After the send returned (sent) or threw (failed). */
export function confirm(
  props: Props,
  id: string,
  outcome: { st: 'sent' | 'failed'; e?: string },
  intent: string,
): void {
  const entry = JSON.parse(intent) as Entry;
  props.setProperty(MAIL_JOURNAL_PREFIX + id, JSON.stringify({ ...entry, ...outcome }));
}

/** The journal's messages, from a snapshot of all properties. */
export function readJournal(all: Record<string, string>): LoggedMessage[] {
  const out: LoggedMessage[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(MAIL_JOURNAL_PREFIX) || k.includes('#')) continue;
    let entry: Entry;
    try {
      entry = JSON.parse(v) as Entry;
    } catch {
      continue;
    }
    if (!entry.id || !entry.r) continue;
    const keys = Array.from({ length: entry.p ?? 0 }, (_, i) => all[`${k}#${i}`] ?? '')
      .join('')
      .split(',')
      .filter(Boolean);
    const result: MailResult = entry.st === 'sent' ? 'sent' : entry.st === 'failed' ? 'failed' : 'unconfirmed';
    out.push({ id: entry.id, time: entry.t, recipient: entry.r, subject: entry.s, keys, result, error: entry.e });
  }
  return out.sort((a, b) => a.time.localeCompare(b.time));
}

export function hasJournal(all: Record<string, string>): boolean {
  return Object.keys(all).some((k) => k.startsWith(MAIL_JOURNAL_PREFIX));
}

/**
 * Folds what was sent into the sent record (core/notifications/sent-record.ts) and removes every journal entry, in
 * one call that keeps every other property (the calendar's among them): a run cut off before it leaves the journal,
 * which the next run reads as sent; a run cut off after it leaves the record. Never neither.
 */
export function commitSentRecord(props: Props, delivered: Iterable<string>, today: string): void {
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries(props.getProperties()))
    if (!k.startsWith(MAIL_JOURNAL_PREFIX) && !k.startsWith(SENT_RECORD_PREFIX) && k !== SENT_RECORD_MARK) keep[k] = v;
  props.setProperties({ ...keep, ...sentRecordProperties(delivered, today) }, true);
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
