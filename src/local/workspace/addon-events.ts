/**
 * The event objects Google hands a Google Workspace add-on's trigger functions, shaped as the reference documents them
 * (https://developers.google.com/workspace/add-ons/concepts/event-objects):
 * - commonEventObject: hostApp ("CALENDAR", "GMAIL"), platform ("WEB"), userLocale, timeZone {id, offset in ms};
 * - a Calendar event object (#calendar_event_object) for an event opened in Calendar: calendarId (the calendar it was
 *   opened from), id (the event's id; an occurrence of a recurring event has an id of its own), recurringEventId (the
 *   series, for an occurrence), organizer.email (the organizer's calendar); attendees and conference data only with
 *   the current-event read scope, which the add-on does not ask for (currentEventAccess METADATA);
 * - a Gmail event object (#gmail_event_object) for an opened message: messageId, threadId, and the accessToken that
 *   GmailApp.setCurrentMessageAccessToken takes to reach that message's metadata.
 * The local Workspace issues the tokens (Workspace.gmailTokens) and finds the ids in its own calendars and mailboxes.
 */
import { fnv1a } from '../../core/text/hash';
import { instancesOf } from './calendar-api';
import { CardHost, type AddOnFunctions } from './card-service/card-host';
import { mailboxOf } from './gmail';
import type { Workspace } from './workspace';
import { zoneOffsetMs } from './zone';

type EventObject = GoogleAppsScript.Addons.EventObject;

function common(ws: Workspace, hostApp: 'CALENDAR' | 'GMAIL', locale: string): EventObject['commonEventObject'] {
  const id = ws.scriptTimeZone;
  // The reference gives the offset in milliseconds (a number); @types/google-apps-script declares it a string.
  const offset = zoneOffsetMs(id, ws.clock.now()) as unknown as string;
  return { hostApp, platform: 'WEB', userLocale: locale, timeZone: { id, offset }, parameters: {}, formInputs: {} };
}

/** A homepage trigger's event object: the common part only. */
export function homepageEvent(ws: Workspace, hostApp: 'CALENDAR' | 'GMAIL', locale = 'kk'): EventObject {
  return { commonEventObject: common(ws, hostApp, locale) };
}

/**
 * The event object of `eventId` opened in Calendar by `user` (ws.runAs should be that user while the add-on runs).
 * `from`: the calendar it is opened from — Jospar's own (shared with the department) by default, or the user's own
 * calendar where a guest sees their copy. `date` (ISO) picks an occurrence of a recurring event.
 */
export function calendarEvent(
  ws: Workspace,
  eventId: string,
  options: { from?: 'organizer' | 'guest'; date?: string; user?: string; locale?: string } = {},
): EventObject {
  const user = options.user ?? ws.runner();
  const holder = ws.calendars.calendars.find((c) => c.events.some((e) => e.id === eventId));
  if (!holder) throw new Error(`no event ${eventId} in the local calendars`);
  const event = holder.events.find((e) => e.id === eventId)!;
  const series = !!event.recurrence?.length;
  let id = eventId;
  if (series) {
    const days = instancesOf(event);
    const day = options.date ?? days[0];
    if (!days.includes(day)) throw new Error(`${day} is not an occurrence of ${eventId}`);
    // Google's ids of an all-day series' occurrences: the series id, "_", the day as yyyyMMdd.
    id = `${eventId}_${day.replace(/-/g, '')}`;
  }
  return {
    commonEventObject: common(ws, 'CALENDAR', options.locale ?? 'kk'),
    calendar: {
      calendarId: options.from === 'guest' ? user : holder.id,
      id,
      ...(series ? { recurringEventId: eventId } : {}),
      organizer: { email: holder.id },
    } as GoogleAppsScript.Addons.CalendarEventObject,
  };
}

/** The event object of a message opened in Gmail by `user`: its ids and a fresh access token for it. */
export function gmailEvent(
  ws: Workspace,
  messageId: string,
  options: { user?: string; locale?: string } = {},
): EventObject {
  const user = options.user ?? ws.runner();
  const message = mailboxOf(ws.mail, user).find((m) => m.id === messageId);
  if (!message) throw new Error(`no message ${messageId} in ${user}'s mailbox`);
  const accessToken = `tok-${fnv1a(`${messageId}:${user}:${ws.gmailTokens.size}`)}`;
  ws.gmailTokens.set(accessToken, { messageId, user });
  return {
    commonEventObject: common(ws, 'GMAIL', options.locale ?? 'kk'),
    gmail: { messageId, threadId: message.threadId, accessToken },
  };
}

/**
 * The side panel (CardHost) that runs the Workspace add-on's triggers and clicks for the person who opened `event`,
 * with the host's part of that event object (its Calendar event, or its Gmail message and token).
 */
export function cardHost(functions: AddOnFunctions, event: EventObject): CardHost {
  const c = event.commonEventObject;
  const hostPart: Record<string, unknown> = event.calendar ? { calendar: event.calendar } : { gmail: event.gmail };
  return new CardHost(functions, {
    hostApp: c.hostApp as 'CALENDAR' | 'GMAIL',
    hostPart: event.calendar || event.gmail ? hostPart : {},
    timeZone: { id: c.timeZone!.id, offset: Number(c.timeZone!.offset) },
    userLocale: c.userLocale ?? 'kk',
  });
}
