/**
 * Sends composed messages with MailApp, in rank order (overdue first, then the soonest), each after its intent is
 * journalled and only while the daily quota and the time budget allow; the rest wait for the next run.
 */
import type { Message } from '../../core/notifications/compose';
import type { LoggedMessage } from '../../core/notifications/notifications-log';
import { confirm, writeIntent } from './journal';

/** Journal entries one run may leave (a few hundred bytes each), far under the 500 KB a property store holds. */
export const MAIL_JOURNAL_LIMIT = 400;

export interface SendOptions {
  senderName: string;
  replyTo: string;
  /** Epoch ms after which nothing more is sent this run. */
  deadline: number;
  timeZone: string;
  /** Told before each message how many are done (for the progress note). */
  onSent?: (done: number) => void;
}

export interface SendResult {
  logged: LoggedMessage[];
  /** Deferred because the time budget or the journal limit ran out (the next hour continues), not the quota. */
  cut: boolean;
}

export function sendMessages(messages: Message[], options: SendOptions): SendResult {
  const props = PropertiesService.getDocumentProperties();
  const logged: LoggedMessage[] = [];
  let stopped: 'quota' | 'budget' | null = null;
  let journalled = 0;
  for (const [done, m] of messages.entries()) {
    options.onSent?.(done);
    const time = Utilities.formatDate(new Date(), options.timeZone, 'yyyy-MM-dd HH:mm:ss');
    const base = { id: m.id, time, recipient: m.recipient, subject: m.subject, keys: m.keys };
    if (!stopped && (Date.now() > options.deadline || journalled >= MAIL_JOURNAL_LIMIT)) stopped = 'budget';
    // One recipient a message: the quota counts recipients, so one left is enough for one more message.
    if (!stopped && MailApp.getRemainingDailyQuota() < 1) stopped = 'quota';
    if (stopped) {
      logged.push({ ...base, result: 'deferred', error: stopped });
      continue;
    }
    const intent = writeIntent(props, m, time);
    journalled++;
    try {
      MailApp.sendEmail({
        to: m.recipient,
        subject: m.subject,
        body: m.text,
        htmlBody: m.html,
        name: options.senderName,
        ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      });
    } catch (e) {
      const error = String((e as Error)?.message ?? e).slice(0, 300);
      confirm(props, m.id, { st: 'failed', e: error }, intent);
      logged.push({ ...base, result: 'failed', error });
      continue;
    }
    confirm(props, m.id, { st: 'sent' }, intent);
    logged.push({ ...base, result: 'sent' });
  }
  return { logged, cut: stopped === 'budget' };
}
