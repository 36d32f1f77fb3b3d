/**
 * Which plan item a Calendar event is, from the event alone. The event object carries only ids (calendarId, id,
 * recurringEventId, organizer.email); Jospar's key (item id and occurrence) and the plan's spreadsheet id are private
 * extended properties the sync wrote (src/gas/calendar/calendar-writer.ts), read with one Calendar API Events.get.
 *
 * Private properties belong to the copy of the event in the calendar that holds them: Jospar's own calendar (shared
 * with the department, where most people open it). A guest who opens their own copy (their calendar) sees none, so
 * then the organizer's copy is read: an event Jospar made has Jospar's calendar as its organizer. A series' occurrence
 * is read through its series (recurringEventId), which holds the properties.
 */
import { parseItemId } from '../../core/plan/item-id';
import { KEY_PROPERTY, MARK, MARK_VALUE, PLAN } from '../calendar/calendar-writer';
import { calendarApi } from '../calendar/calendar-v3';

export interface EventItem {
  itemId: string;
  /** The plan's spreadsheet id ('' when the event predates it: the add-on's script properties may name the plan). */
  planId: string;
}

type Props = Record<string, string>;

function privateProps(calendarId: string, eventId: string): Props | null {
  try {
    return calendarApi().Events.get(calendarId, eventId).extendedProperties?.private ?? null;
  } catch {
    // Not in that calendar, or not visible to this user: the next place is tried.
    return null;
  }
}

export function eventItem(e: GoogleAppsScript.Addons.CalendarEventObject | undefined): EventItem | null {
  if (!e?.id) return null;
  const eventId = e.recurringEventId || e.id;
  const places = [e.calendarId, e.organizer?.email].filter((c, i, all): c is string => !!c && all.indexOf(c) === i);
  for (const calendarId of places) {
    const p = privateProps(calendarId, eventId);
    if (!p || p[MARK] !== MARK_VALUE) continue;
    const itemId = String(p[KEY_PROPERTY] ?? '').split('#')[0];
    if (parseItemId(itemId)) return { itemId, planId: String(p[PLAN] ?? '') };
  }
  return null;
}
