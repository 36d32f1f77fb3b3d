/**
 * MailApp, as Google's reference documents it (developers.google.com/apps-script/reference/mail/mail-app): the four
 * forms of sendEmail and getRemainingDailyQuota, with the limits of the quotas page
 * (developers.google.com/apps-script/guides/services/quotas): recipients a day (1,500 for Google Workspace, settable
 * here), counted per recipient; 50 recipients a message; a 200 KB body. "Quotas are per user and reset 24 hours after
 * the first request" (the same page): each sender (the user the script runs as) has their own count and their own
 * 24-hour window, begun by their first send — a rolling window, not a calendar day in any time zone. Not emulated:
 * the page's second row for Workspace, 2,000 recipients a day within the domain, whose sharing with the 1,500 the page
 * does not say. The errors are the messages Apps Script throws: "Invalid email: …", "Limit Exceeded: Email Recipients
 * Per Message.", "Service invoked too many times for one day: email.", "Limit Exceeded: Email Body Size.".
 */
import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { CallCounter, Emulated } from './counter';

export interface SentMail {
  time: number;
  from: string;
  name: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  noReply: boolean;
}

/** One sender's daily count: since when, and how many recipients. */
export interface QuotaWindow {
  /** When the current 24-hour window began (their first send after the last reset). */
  start: number;
  used: number;
}

export interface MailStore {
  /** Recipients a day, each user's (Google Workspace: 1,500; consumer accounts: 100). */
  dailyQuota: number;
  /** Each sender's current window, by email in lower case; a sender with none has their whole quota. */
  windows: Record<string, QuotaWindow>;
  sent: SentMail[];
}

export const WORKSPACE_DAILY_RECIPIENTS = 1500;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
const DAY_MS = 24 * 3600 * 1000;

export function newMailStore(dailyQuota = WORKSPACE_DAILY_RECIPIENTS): MailStore {
  return { dailyQuota, windows: {}, sent: [] };
}

/** What a state saved before the quota was per user holds: one count for everyone. */
export interface SharedQuotaStore {
  dailyQuota: number;
  windowStart: number | null;
  used: number;
  sent: SentMail[];
}

export type SavedMailStore = MailStore | SharedQuotaStore;

/**
 * A saved mail store as this version keeps it. One saved with the one shared count gives that count to `user` (the
 * workspace's user, whose runs sent the workspace's mail): they may send no more than they might have.
 */
export function mailStoreOf(saved: SavedMailStore, user: string): MailStore {
  if ('windows' in saved) return saved;
  const { windowStart, used, ...rest } = saved;
  return { ...rest, windows: windowStart === null ? {} : { [user.toLowerCase()]: { start: windowStart, used } } };
}

/** The recipients `user` may still mail at `now`. */
export function remainingQuota(store: MailStore, user: string, now: number): number {
  const w = liveWindow(store, user, now);
  return Math.max(0, store.dailyQuota - (w?.used ?? 0));
}

/** `user`'s window, if it has not yet run its 24 hours. */
function liveWindow(store: MailStore, user: string, now: number): QuotaWindow | null {
  const key = user.toLowerCase();
  const w = Object.prototype.hasOwnProperty.call(store.windows, key) ? store.windows[key] : null;
  return w && now - w.start < DAY_MS ? w : null;
}

interface Advanced {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

const EMAIL = /^[^\s@,;<>()"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export class LocalMailApp
  implements Emulated, Emulates<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly gasClass = 'MailApp';
  readonly gasService = 'mail' as const;
  constructor(
    private readonly store: MailStore,
    private readonly counter: CallCounter,
    private readonly clock: VirtualClock,
    /**
     * Who the mail is from: the Mail service "sends email on a user's behalf"
     * (https://developers.google.com/apps-script/reference/mail): the user the script runs as, fixed for the Sheets
     * project's runs here, and for a Workspace add-on (Calendar, Gmail) the person who clicked.
     */
    private readonly user: string | (() => string),
  ) {}

  getRemainingDailyQuota(): number {
    return remainingQuota(this.store, this.sender(), this.clock.now());
  }

  sendEmail(...args: unknown[]): void {
    const m = this.normalise(args);
    const list = (s: string | undefined) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const to = list(m.to);
    const cc = list(m.cc);
    const bcc = list(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const a of [...all, ...list(m.replyTo)])
      if (!EMAIL.test(bareAddress(a))) throw new Error(`Invalid email: ${a}`);
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');
    const size = Buffer.byteLength(m.body ?? '', 'utf8') + Buffer.byteLength(m.htmlBody ?? '', 'utf8');
    if (size > MAX_BODY_BYTES) throw new Error('Limit Exceeded: Email Body Size.');
    const from = this.sender();
    if (remainingQuota(this.store, from, this.clock.now()) < all.length)
      throw new Error('Service invoked too many times for one day: email.');
    this.counter.write('mail', 'sendEmail', () => {
      const now = this.clock.now();
      const w = liveWindow(this.store, from, now) ?? (this.store.windows[from.toLowerCase()] = { start: now, used: 0 });
      w.used += all.length;
      this.store.sent.push({
        time: now,
        from,
        name: m.name ?? '',
        to,
        cc,
        bcc,
        replyTo: m.replyTo ?? '',
        subject: m.subject ?? '',
        body: m.body ?? '',
        htmlBody: m.htmlBody ?? '',
        noReply: !!m.noReply,
      });
    });
  }

  /** The four documented forms, as one message. */
  private normalise(args: unknown[]): Advanced {
    if (args.length === 1 && args[0] && typeof args[0] === 'object') return { ...(args[0] as Advanced) };
    if (args.length === 4 && args.every((a) => typeof a === 'string'))
      return { to: args[0] as string, replyTo: args[1] as string, subject: args[2] as string, body: args[3] as string };
    if ((args.length === 3 || args.length === 4) && args.slice(0, 3).every((a) => typeof a === 'string')) {
      const options = (args[3] ?? {}) as Advanced;
      return { ...options, to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    }
    throw new Error(
      'The parameters do not match the method signature for MailApp.sendEmail: ' +
        'use (message), (recipient, subject, body), (recipient, subject, body, options) or (to, replyTo, subject, body).',
    );
  }

  /** The user the script runs as: whose mail it sends and whose quota it spends. */
  private sender(): string {
    return typeof this.user === 'string' ? this.user : this.user();
  }
}

/** "Name <a@b>" → "a@b". */
function bareAddress(a: string): string {
  const m = /<([^>]+)>\s*$/.exec(a);
  return (m ? m[1] : a).trim();
}
