/**
 * The Workspace add-on's cards for `jospar serve` and `npm start`: what a person may open in Calendar (the events of
 * Jospar's calendars) and in Gmail (each Jospar mail, in the mailbox of its first recipient), and the event objects
 * Google would hand the add-on's triggers for them (addon-events.ts). Each call of the add-on runs as the person who
 * opened the event or the mail (Workspace.runAs), as Apps Script runs a Workspace add-on as its user.
 */
import type { AddOn } from '../run-addon';
import { calendarEvent, gmailEvent } from '../workspace/addon-events';
import type { HostContext } from '../workspace/card-service/card-host';
import { mailboxOf } from '../workspace/gmail';
import type { Workspace } from '../workspace/workspace';
import type { CardChoice, CardHostKind, CardSource } from './card-page';

/** The entry points of the card add-on's manifest (src/gas/card-index.ts). */
export const CALENDAR_TRIGGER = 'josparCalendarEventOpen';
export const GMAIL_TRIGGER = 'josparGmailMessageOpen';
const MAX_CHOICES = 300;
/** The card project's script property naming the plans (src/gas/cards/card-plan.ts). */
const PLANS_PROPERTY = 'jospar.plans';

function bare(address: string): string {
  return (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase();
}

/**
 * The local deployment of the card project: its script property `jospar.plans` names this workspace's plan, as the
 * person who deploys the add-on sets it once (README: the Calendar and Gmail cards). Left alone when already set.
 */
export function deployCards(ws: Workspace): void {
  if (!ws.cardsProject.script.get(PLANS_PROPERTY)) ws.cardsProject.script.set(PLANS_PROPERTY, ws.spreadsheet.getId());
}

/** The plan shared (to view) with everyone Jospar mailed, as a department shares it with its staff. */
export function shareWithRecipients(ws: Workspace): void {
  const ss = ws.spreadsheet;
  for (const mail of ws.mail.sent)
    for (const to of mail.to.map(bare))
      if (to !== ss._owner && !ss._editors.includes(to) && !ss._viewers.includes(to)) ss._viewers.push(to);
}

export function workspaceCardSource(ws: Workspace, cards: AddOn): CardSource {
  /** Whose mailbox each opened message is in: the Gmail card's calls run as that person, Calendar's as ws.user. */
  const users = new Map<string, string>();
  const functions: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(cards))
    if (typeof fn === 'function')
      functions[name] = (e: { commonEventObject?: unknown; gmail?: { messageId?: string } }) => {
        const before = ws.runAs;
        ws.runAs = (e.gmail?.messageId && users.get(e.gmail.messageId)) || ws.user;
        try {
          return fn(e);
        } finally {
          ws.runAs = before;
        }
      };

  const calendarChoices = (): CardChoice[] =>
    ws.calendars.calendars
      .filter((c) => c.id !== ws.calendars.defaultId)
      .flatMap((c) => c.events)
      .filter((e) => e.extendedProperties?.private?.josparKey && e.status !== 'cancelled')
      .slice(0, MAX_CHOICES)
      .map((e) => ({
        id: e.id,
        label: `${e.start.date ?? e.start.dateTime?.slice(0, 10) ?? ''} · ${e.summary ?? ''}`,
      }));

  const gmailChoices = (): CardChoice[] => {
    const out: CardChoice[] = [];
    const seen = new Set<string>();
    for (const mail of ws.mail.sent) {
      const to = mail.to[0] ? bare(mail.to[0]) : null;
      if (!to || seen.has(`${to}|${mail.subject}`)) continue;
      seen.add(`${to}|${mail.subject}`);
      const message = mailboxOf(ws.mail, to).find((m) => m.mail === mail);
      if (message) out.push({ id: `${to}|${message.id}`, label: `${to}: ${mail.subject}` });
      if (out.length >= MAX_CHOICES) break;
    }
    return out;
  };

  const context = (e: GoogleAppsScript.Addons.EventObject): HostContext => {
    const c = e.commonEventObject;
    return {
      hostApp: c.hostApp as 'CALENDAR' | 'GMAIL',
      hostPart: e.calendar ? { calendar: e.calendar } : { gmail: e.gmail },
      timeZone: { id: c.timeZone!.id, offset: Number(c.timeZone!.offset) },
      userLocale: c.userLocale ?? 'kk',
    };
  };

  return {
    addOnName: 'Jospar',
    functions,
    choices: (kind: CardHostKind) => (kind === 'calendar' ? calendarChoices() : gmailChoices()),
    open: (kind: CardHostKind, id: string) => {
      if (kind === 'calendar') {
        return { trigger: CALENDAR_TRIGGER, context: context(calendarEvent(ws, id, { user: ws.user })) };
      }
      const [user, messageId] = id.split('|');
      users.set(messageId, user);
      return { trigger: GMAIL_TRIGGER, context: context(gmailEvent(ws, messageId, { user })) };
    },
  };
}
