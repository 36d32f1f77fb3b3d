/**
 * GmailApp as a Gmail add-on (a Google Workspace add-on) may use it with the current-message scopes, over the mail
 * MailApp sent in this workspace (each recipient's mailbox holds its own copy, with its own message id, as Gmail keeps
 * one message per mailbox):
 * - setCurrentMessageAccessToken(token): "Sets the current message access token that enables the script to access the
 *   current GmailMessage properties. Only Google Workspace add-ons using Gmail current message scopes require this
 *   method." (https://developers.google.com/apps-script/reference/gmail/gmail-app#setCurrentMessageAccessToken(String))
 * - getMessageById(id): the message of the current user's mailbox; with the current-message scopes only the message
 *   whose access token was set (the token is the event object's `gmail.accessToken`, issued for that message and
 *   user); any other id is refused;
 * - GmailMessage: getId, getThread().getId(), getSubject, getFrom, getTo, getDate, getHeader(name) — the metadata the
 *   gmail.addons.current.message.metadata scope allows; the body is not offered (it needs the readonly scope).
 */
import { fnv1a } from '../../core/text/hash';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';
import type { MailStore, SentMail } from './mail';

/** A message as it sits in one person's mailbox. */
export interface MailboxMessage {
  id: string;
  threadId: string;
  owner: string;
  mail: SentMail;
}

/** Gmail message ids are hexadecimal; a copy's id depends on the message and on whose mailbox holds it. */
export function mailboxId(index: number, owner: string): string {
  return fnv1a(`${index}:${owner.toLowerCase()}`) + fnv1a(`${owner.toLowerCase()}#${index}`);
}

/** The messages of `owner`'s mailbox (every mail sent to them: To, Cc or Bcc), oldest first. */
export function mailboxOf(store: MailStore, owner: string): MailboxMessage[] {
  const who = owner.toLowerCase();
  const out: MailboxMessage[] = [];
  store.sent.forEach((mail, index) => {
    const to = [...mail.to, ...mail.cc, ...mail.bcc].map((a) => bare(a).toLowerCase());
    if (!to.includes(who)) return;
    const id = mailboxId(index, who);
    out.push({ id, threadId: id, owner: who, mail });
  });
  return out;
}

/** The access tokens Gmail issued with add-on event objects in this workspace: token → message id and user. */
export type MessageTokens = Map<string, { messageId: string; user: string }>;

export class LocalGmailApp
  implements Emulated, Emulates<GoogleAppsScript.Gmail.GmailApp, 'setCurrentMessageAccessToken' | 'getMessageById'>
{
  readonly gasClass = 'GmailApp';
  readonly gasService = 'mail' as const;
  private current: string | null = null;
  constructor(
    private readonly store: MailStore,
    private readonly tokens: MessageTokens,
    private readonly runner: () => string,
  ) {}

  setCurrentMessageAccessToken(accessToken: string): void {
    this.current = String(accessToken);
  }

  getMessageById(id: string): LocalGmailMessage {
    const grant = this.current ? this.tokens.get(this.current) : undefined;
    const me = this.runner().toLowerCase();
    if (!grant || grant.messageId !== String(id) || grant.user.toLowerCase() !== me)
      throw new Error('Access denied: missing access token for per message scope authorization.');
    const message = mailboxOf(this.store, me).find((m) => m.id === String(id));
    if (!message) throw new Error('Invalid argument: id');
    return new LocalGmailMessage(message);
  }
}

export class LocalGmailMessage
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Gmail.GmailMessage,
      'getId' | 'getSubject' | 'getFrom' | 'getTo' | 'getDate' | 'getHeader' | 'getThread'
    >
{
  readonly gasClass = 'GmailMessage';
  readonly gasService = 'mail' as const;
  constructor(private readonly m: MailboxMessage) {}
  getId(): string {
    return this.m.id;
  }
  getThread(): { getId(): string } {
    return { getId: () => this.m.threadId };
  }
  getSubject(): string {
    return this.m.mail.subject;
  }
  getFrom(): string {
    return this.m.mail.name ? `${this.m.mail.name} <${this.m.mail.from}>` : this.m.mail.from;
  }
  getTo(): string {
    return this.m.mail.to.join(', ');
  }
  getDate(): Date {
    return new Date(this.m.mail.time);
  }
  /** A header's value, '' when the message has none (MailApp writes only the standard ones). */
  getHeader(name: string): string {
    const headers: Record<string, string> = {
      subject: this.getSubject(),
      from: this.getFrom(),
      to: this.getTo(),
      'reply-to': this.m.mail.replyTo,
    };
    return headers[String(name).toLowerCase()] ?? '';
  }
}

function bare(a: string): string {
  const m = /<([^>]+)>\s*$/.exec(a);
  return (m ? m[1] : a).trim();
}
