/**
 * out/calendar.ics as a calendar program reads it (ical.js): Calendar's `description` is HTML, an iCalendar
 * DESCRIPTION plain text (RFC 5545 §3.8.1.5), so the export writes the text the HTML shows. Descriptions the sync
 * writes are escaped text (test/gas/calendar-sync.test.ts, "What an invited person sees"); here, also one edited in
 * Google Calendar, whose editor adds tags.
 */
import ICAL from 'ical.js';
import { htmlToText } from '../../src/local/export/html-text';
import { calendarToIcs } from '../../src/local/export/ics';
import type { ApiEvent, CalendarState } from '../../src/local/workspace/calendar-api';

function calendarOf(description: string, summary = 'Ереже & «жоба»'): CalendarState {
  const event: ApiEvent = {
    kind: 'calendar#event',
    id: 'e1',
    status: 'confirmed',
    summary,
    description,
    start: { date: '2025-10-20' },
    end: { date: '2025-10-21' },
    created: '2025-10-01T04:00:00.000Z',
    updated: '2025-10-01T04:00:00.000Z',
    sequence: 0,
    iCalUID: 'e1@google.com',
  };
  return { id: 'c1', summary: 'Jospar — жоспар; 2025, "бөлім" & <кафедра>', timeZone: 'Asia/Almaty', events: [event] };
}

function read(calendar: CalendarState): { name: string; title: string; text: string } {
  const comp = new ICAL.Component(ICAL.parse(calendarToIcs(calendar, Date.parse('2025-10-01T04:00:00Z'))));
  const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
  // X-WR-CALNAME is no property ical.js knows, so it hands over the raw value: read as TEXT, an X- property's default
  // type (RFC 5545 §3.8.8.2), as Google and Apple Calendar read it.
  const name = ICAL.design.icalendar.value.text.fromICAL!(String(comp.getFirstPropertyValue('x-wr-calname')));
  return { name, title: event.summary, text: event.description };
}

describe('the exported calendar', () => {
  it('shows the characters a description holds, not its entities: & quotes < > , ; Kazakh, and its lines', () => {
    const html =
      'Ереже &amp; «нұсқаулық» "жоба" \'тіл\' &lt;b&gt;қаулы&lt;/b&gt; 1 &lt; 2, а;б\n\nәғқңөұүһі: A1&amp;range=A4';
    expect(read(calendarOf(html))).toEqual({
      name: 'Jospar — жоспар; 2025, "бөлім" & <кафедра>',
      title: 'Ереже & «жоба»',
      text: 'Ереже & «нұсқаулық» "жоба" \'тіл\' <b>қаулы</b> 1 < 2, а;б\n\nәғқңөұүһі: A1&range=A4',
    });
  });

  it("reads a description edited in Google Calendar: its editor's line breaks as lines, links as their text", () => {
    const html =
      '<b>Жауапты</b>: бөлім<br>Кезең: қазан<br/><p>Бірінші</p><p>Екінші&nbsp;жол</p>' +
      '<ul><li>бір</li><li>екі</li></ul><a href="https://example.org/?a=1&amp;b=2">сілтеме</a> &#1241; &#x4e2d; &copy;';
    expect(read(calendarOf(html)).text).toBe(
      'Жауапты: бөлім\nКезең: қазан\nБірінші\nЕкінші\u00a0жол\nбір\nекі\nсілтеме ә 中 &copy;',
    );
  });

  it('reads an escaped entity once: a typed "&lt;" stays "&lt;"', () => {
    expect(htmlToText('&amp;lt; &amp;amp; &lt;p&gt;')).toBe('&lt; &amp; <p>');
    expect(htmlToText('<p>жол</p>')).toBe('жол');
    expect(htmlToText('a\nb')).toBe('a\nb');
  });
});
