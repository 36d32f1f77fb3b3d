/**
 * The record that says what was mailed to whom, kept where sheet editors cannot write (document properties, through
 * the add-on's code only): the one thing that stops a second send. The Notifications sheet is only a view of it; an
 * editor who clears or edits that sheet changes what people read there, never what is sent.
 *
 * A key is kept only while the rules could give it again, so the record stays small: a "coming" or "today" key until
 * its due date has passed, a weekly key (overdue, escalation, summary) for its week, a manual one for its day.
 * Stored as lines "recipient<TAB>key,key,…" split over properties of at most PART_CHARS characters.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import { deliveredKey } from './notifications-log';

export const SENT_RECORD_PREFIX = 'jospar.sent:';
/** Present once the record is in use: before that (an older Jospar) the sheet's rows are read once to seed it. */
export const SENT_RECORD_MARK = 'jospar.sent';
const PART_CHARS = 7000;

/** The last day a key can matter: after it the rules never give the same key again. */
export function keyExpiry(key: string): IsoDate {
  const [, due = '', rule = ''] = key.split('#');
  const dated = /^(?:overdue|escalate|manual)-(\d{4}-\d{2}-\d{2})$/.exec(rule)?.[1];
  if (dated) return rule.startsWith('manual-') ? dated : addDays(dated, 6);
  if (rule === 'summary' && /^\d{4}-\d{2}-\d{2}$/.test(due)) return addDays(due, 6);
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : '0000-00-00';
}

/** `recipient|key` entries from the stored parts (any other property is ignored). */
export function readSentRecord(all: Record<string, string>): Set<string> {
  const out = new Set<string>();
  const parts = Object.keys(all)
    .filter((k) => k.startsWith(SENT_RECORD_PREFIX))
    .sort((a, b) => Number(a.slice(SENT_RECORD_PREFIX.length)) - Number(b.slice(SENT_RECORD_PREFIX.length)));
  for (const k of parts)
    for (const line of all[k].split('\n')) {
      const [recipient, keys] = line.split('\t');
      if (recipient && keys) for (const key of keys.split(',')) if (key) out.add(deliveredKey(recipient, key));
    }
  return out;
}

/** The record as properties: entries still able to matter on `today`, grouped by recipient, in parts. */
export function sentRecordProperties(entries: Iterable<string>, today: IsoDate): Record<string, string> {
  const byRecipient = new Map<string, string[]>();
  for (const e of entries) {
    const bar = e.indexOf('|');
    const recipient = e.slice(0, bar);
    const key = e.slice(bar + 1);
    if (bar < 1 || !key || keyExpiry(key) < today) continue;
    byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), key]);
  }
  const lines: string[] = [];
  for (const [recipient, keys] of [...byRecipient].sort((a, b) => a[0].localeCompare(b[0]))) {
    // A long list is split over lines of the same recipient, so no line outgrows a part.
    for (let i = 0, chunk: string[] = []; i <= keys.length; i++) {
      if (i === keys.length || chunk.join(',').length + keys[i].length > PART_CHARS - recipient.length - 2) {
        if (chunk.length) lines.push(`${recipient}\t${chunk.join(',')}`);
        chunk = [];
      }
      if (i < keys.length) chunk.push(keys[i]);
    }
  }
  const out: Record<string, string> = { [SENT_RECORD_MARK]: today };
  let part: string[] = [];
  let size = 0;
  let n = 0;
  for (const line of lines) {
    if (size + line.length + 1 > PART_CHARS && part.length) {
      out[`${SENT_RECORD_PREFIX}${n++}`] = part.join('\n');
      part = [];
      size = 0;
    }
    part.push(line);
    size += line.length + 1;
  }
  if (part.length) out[`${SENT_RECORD_PREFIX}${n}`] = part.join('\n');
  return out;
}
