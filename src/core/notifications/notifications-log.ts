/**
 * The Notifications sheet (Хабарламалар) as data: what was sent to whom, so that a key is mailed to a person once.
 * A message whose intent was journalled but never confirmed counts as sent ("unconfirmed"): the send may have gone
 * out before the run was cut off, and a person can check; sending it again could not be undone.
 */
import type { Lang } from '../i18n/lang';
import { SIDEBAR_MESSAGES } from '../i18n/sidebar-messages';
import { codeOf, wordFor, type Word } from '../i18n/words';
import { NOTIFICATIONS_SHEET } from '../sheets/layout';
import { cellReader, type SheetText } from '../sheets/readers';

/**
 * What happened to a message; the rest are reports of done (src/core/plan/done-request.ts): `reported` a person marked
 * an item done from a mail's link or a card, `submitted` reported it for a keeper to confirm, `confirmed` / `returned`
 * the keeper's answer. None of them counts as mail sent.
 */
export type MailResult =
  'sent' | 'unconfirmed' | 'deferred' | 'failed' | 'reported' | 'submitted' | 'confirmed' | 'returned';

/** The Result column in words of the Settings language (the sidebar's words); a failure adds ": the error". */
export const MAIL_RESULT_WORDS: Word[] = [
  { code: 'sent', word: SIDEBAR_MESSAGES.mailResultSent },
  { code: 'unconfirmed', word: SIDEBAR_MESSAGES.mailResultUnconfirmed },
  { code: 'deferred', word: SIDEBAR_MESSAGES.mailResultDeferred },
  { code: 'failed', word: SIDEBAR_MESSAGES.mailResultFailed },
  {
    code: 'reported',
    word: {
      kk: 'хаттан орындалды деп белгіленді',
      ru: 'отмечено выполненным из письма',
      en: 'marked done from the mail',
    },
  },
  {
    code: 'submitted',
    word: { kk: 'тексеруге жіберілді', ru: 'отправлено на проверку', en: 'submitted for review' },
  },
  { code: 'confirmed', word: { kk: 'орындалуы расталды', ru: 'выполнение подтверждено', en: 'confirmed done' } },
  { code: 'returned', word: { kk: 'қайтарылды', ru: 'возвращено', en: 'returned' } },
];

/**
 * A Result cell → its code, whichever language it is in or the code an older Jospar wrote ("failed: why" too); what
 * is not a result stays as written (and counts as nothing sent).
 */
export function resultCode(cell: string): string {
  const head = cell.trim().split(':')[0].trim();
  return codeOf(MAIL_RESULT_WORDS, head) ?? head;
}

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
    const result = resultCode(cell(row, 'result'));
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

/** A row of the sheet, by column key; the result as a word of `lang`. */
export function historyRow(m: LoggedMessage, lang: Lang): Record<string, string> {
  const result = wordFor(MAIL_RESULT_WORDS, m.result, lang);
  return {
    time: m.time,
    recipient: m.recipient,
    subject: m.subject,
    keys: m.keys.join(', '),
    result: m.error ? `${result}: ${m.error}`.slice(0, 500) : result,
    message: m.id,
  };
}
