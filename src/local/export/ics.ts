/**
 * The emulated calendar as an RFC 5545 file a person (or any calendar program) can open: all-day events as VALUE=DATE
 * with the exclusive DTEND, series as their recurrence lines (RRULE, EXDATE, RDATE: the API's `recurrence` field holds
 * RFC 5545 lines), guests as ATTENDEE, popup reminders as VALARM, Jospar's key as X-JOSPAR-KEY. Removed events
 * (status "cancelled") are left out. Titles are plain text in both; a description is HTML to Calendar and plain text
 * here (html-text.ts), so a calendar program shows "&" where Google Calendar shows "&", never "&amp;".
 */
import type { CalendarState } from '../workspace/calendar-api';
import { htmlToText } from './html-text';

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

export function calendarToIcs(calendar: CalendarState, stampMs: number): string {
  const stamp = new Date(stampMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jospar//Local Workspace//KK',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.summary)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
  ];
  const live = calendar.events.filter((e) => e.status !== 'cancelled');
  const startOf = (e: (typeof live)[number]) => e.start.date ?? '';
  for (const e of live.sort((a, b) =>
    startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : (a.summary ?? '') < (b.summary ?? '') ? -1 : 1,
  )) {
    const key = e.extendedProperties?.private?.josparKey;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.iCalUID}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(startOf(e))}`,
      `DTEND;VALUE=DATE:${compact(e.end.date ?? '')}`,
    );
    for (const line of e.recurrence ?? []) lines.push(line);
    lines.push(
      `SUMMARY:${escapeText(e.summary ?? '')}`,
      // Calendar's description is HTML; an iCalendar DESCRIPTION is plain text (html-text.ts).
      `DESCRIPTION:${escapeText(htmlToText(e.description ?? ''))}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.colorId) lines.push(`X-GOOGLE-COLOR-ID:${e.colorId}`);
    if (key) lines.push(`X-JOSPAR-KEY:${key}`);
    for (const g of e.attendees ?? [])
      lines.push(`ATTENDEE;CN=${g.email};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${g.email}`);
    for (const r of e.reminders?.overrides ?? [])
      if (r.method === 'popup')
        lines.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(e.summary ?? '')}`,
          `TRIGGER:-PT${r.minutes}M`,
          'END:VALARM',
        );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
