/**
 * The Notifications sheet (Хабарламалар) as data: what was sent to whom, so that a key is mailed to a person once.
 * A message whose intent was journalled but never confirmed counts as sent ("unconfirmed"): the send may have gone
 * out before the run was cut off, and a person can check; sending it again could not be undone.
 */
import { NOTIFICATIONS_SHEET } from '../sheets/layout';
import { cellReader, type SheetText } from '../sheets/readers';

export type MailResult = 'sent' | 'unconfirmed' | 'deferred' | 'failed';

export interface LoggedMessage {
  id: string;
  time: string;
  recipient: string;
  subject: string;
  keys: string[];
  result: MailResult;
  /** The error, for a failed send. */
  error?: string;
}

export interface MailHistory {
  /** `recipient|key` of everything sent or possibly sent. */
  delivered: Set<string>;
  /**
   * `id|result` of the rows on the sheet: a journal entry carried over by a run cut off after writing the sheet is not
   * written twice (the result is part of it, because a message deferred or failed earlier today may be sent later).
   */
  ids: Set<string>;
}

export function deliveredKey(recipient: string, key: string): string {
  return `${recipient.toLowerCase()}|${key}`;
}

export function readHistory(sheet: SheetText | null): MailHistory {
  const delivered = new Set<string>();
  const ids = new Set<string>();
  if (!sheet || sheet.values.length < 2) return { delivered, ids };
  const cell = cellReader(NOTIFICATIONS_SHEET, sheet.values[0]);
  for (const row of sheet.values.slice(1)) {
    const id = cell(row, 'message').trim();
    const result = cell(row, 'result').trim().split(/[\s:]/)[0];
    if (id) ids.add(`${id}|${result}`);
    if (result !== 'sent' && result !== 'unconfirmed') continue;
    const recipient = cell(row, 'recipient').trim();
    for (const key of splitKeys(cell(row, 'keys'))) delivered.add(deliveredKey(recipient, key));
  }
  return { delivered, ids };
}

export function splitKeys(cell: string): string[] {
  return cell
    .split(/[\s,]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** A row of the sheet, by column key. */
export function historyRow(m: LoggedMessage): Record<string, string> {
  return {
    time: m.time,
    recipient: m.recipient,
    subject: m.subject,
    keys: m.keys.join(', '),
    result: m.error ? `${m.result}: ${m.error}`.slice(0, 500) : m.result,
    message: m.id,
  };
}
