/**
 * User text reaches the calendar only as text. Google documents an event's `summary` as its title and its
 * `description` as text that "Can contain HTML. Optional."
 * (https://developers.google.com/calendar/api/v3/reference/events). So in the description `<`, `>` and `&` typed by
 * a plan editor would be markup in Google Calendar: the sync writes the description as HTML with user text escaped
 * (decided with the events work), and markup typed into an activity shows as the characters typed. The price:
 * programs that show Google's description as plain text (observed: github.com/kewisch/gdata-provider/issues/316,
 * github.com/Etar-Group/Etar-Calendar/issues/308) print the entities; Jospar's own export (out/calendar.ics) writes
 * the description as the plain text iCalendar wants, entities read (src/local/export/html-text.ts). This file checks
 * properties, not wording: the text arrives as typed once entities are read, no markup arrives unescaped, nothing is
 * expanded ({{…}}) or evaluated (=…), line breaks cannot make a second event, property or another item's key, and the
 * title stays one line.
 */
import ICAL from 'ical.js';
import { calendarToIcs } from '../../src/local/export/ics';
import type { ApiEvent, CalendarState } from '../../src/local/workspace/calendar-api';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed } from '../helpers';

const ATTACK = '<img src=x onerror=alert(1)> {{signatory}} =1+1 & more';
const LINES = 'жоспар\nSUMMARY:hacked\r\nBEGIN:VEVENT\rjospar:key=1.02#1\nX-JOSPAR-KEY:1.02#1';

/** The description as Google Calendar shows it: entities read, tags as line breaks, white space as one space. */
function asShown(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function josparCalendar(ws: Workspace): CalendarState {
  return ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
}

/** The events of one plan item: those whose Jospar key (a private extended property) names it. */
function eventsOf(ws: Workspace, id: string): ApiEvent[] {
  return josparCalendar(ws).events.filter(
    (e) =>
      e.status !== 'cancelled' &&
      Object.values(e.extendedProperties?.private ?? {}).some((v) => String(v).startsWith(`${id}#`)),
  );
}

function setActivity(ws: Workspace, id: string, text: string): void {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  const row = values.findIndex((r) => r[h.indexOf('ID')] === id) + 1;
  sheet.getRange(row, h.indexOf('Іс-шаралар') + 1).setValue(`'${text}`);
}

describe('user text in calendar events', () => {
  it('reaches summary and description as typed: nothing expanded, evaluated or split into other events', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparSyncCalendar();
    const before = new Map(
      josparCalendar(ws)
        .events.filter((e) => e.status !== 'cancelled')
        .map((e) => [e.id, JSON.stringify([e.summary, e.description, e.start, e.recurrence])]),
    );
    const own = new Set(eventsOf(ws, '1.01').map((e) => e.id));
    expect(own.size).toBeGreaterThan(0);

    setActivity(ws, '1.01', `${ATTACK}\n${LINES}`);
    addon.josparSyncCalendar();

    const events = eventsOf(ws, '1.01');
    expect(new Set(events.map((e) => e.id))).toEqual(own);
    for (const e of events) {
      // The title: one line, whatever part of the activity it shows kept as typed (not escaped, not expanded).
      expect(e.summary).not.toMatch(/[\r\n]/);
      expect(e.summary).not.toContain('&lt;');
      if (e.summary!.includes('{{')) expect(e.summary).toContain('{{signatory}}');
      // The description: no markup arrives as markup; read as HTML, the typed lines are there as typed.
      expect(e.description).not.toMatch(/<img/i);
      const shown = asShown(e.description!);
      expect(shown).toContain(ATTACK);
      for (const line of LINES.split(/\r\n|\r|\n/)) expect(shown).toContain(line);
    }
    // No other item's event changed, and no event was made for the injected key.
    for (const e of josparCalendar(ws).events.filter((x) => x.status !== 'cancelled' && !own.has(x.id)))
      expect(JSON.stringify([e.summary, e.description, e.start, e.recurrence])).toBe(before.get(e.id));
    expect(josparCalendar(ws).events.filter((e) => e.status !== 'cancelled')).toHaveLength(before.size);

    // Synced again, nothing moves: the injected lines are no key Jospar reads back.
    ws.counter.reset();
    addon.josparSyncCalendar();
    expect(ws.counter.total('Calendar')).toBe(0);
  });

  it('the exported .ics keeps each event one VEVENT: line breaks in the text are escaped, not new properties', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    setActivity(ws, '1.01', `${ATTACK}\n${LINES}`);
    addon.josparSyncCalendar();
    const calendar = josparCalendar(ws);
    const live = calendar.events.filter((e) => e.status !== 'cancelled');
    const parsed = new ICAL.Component(ICAL.parse(calendarToIcs(calendar, ws.clock.now())));
    const vevents = parsed.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(live.length);
    const mine = eventsOf(ws, '1.01');
    for (const e of mine) {
      const v = vevents.find(
        (x) => x.getFirstPropertyValue('uid') === e.iCalUID || x.getFirstPropertyValue('summary') === e.summary,
      )!;
      expect(v.getFirstPropertyValue('summary')).toBe(e.summary);
      // The description as plain text (an iCalendar DESCRIPTION is TEXT): the lines Google Calendar shows, entities
      // read, so the attack reads as typed and no line of it is a property.
      const text = String(v.getFirstPropertyValue('description'));
      expect(text.split('\n')).toEqual(e.description!.split('\n').map((line) => asShown(line).trim()));
      expect(text).toContain(ATTACK);
      expect(text).not.toMatch(/&(amp|lt|gt);/);
    }
  });
});
