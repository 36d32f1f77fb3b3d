/**
 * The emulated calendar as an RFC 5545 file a person (or any calendar program) can open: all-day events as VALUE=DATE
 * with the exclusive DTEND, series as RRULE, guests as ATTENDEE, popup reminders as VALARM, Jospar's key as X-JOSPAR-
 * KEY.
 */
import type { CalendarState } from '../workspace/calendar';

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
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
  ];
  for (const e of [...calendar.events].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.title < b.title ? -1 : 1,
  )) {
    const tag = (() => {
      try {
        return JSON.parse(e.tags.jospar ?? '{}') as { k?: string };
      } catch {
        return {};
      }
    })();
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.start)}`,
      `DTEND;VALUE=DATE:${compact(e.end)}`,
    );
    if (e.rrule) lines.push(`RRULE:${e.rrule}`);
    lines.push(`SUMMARY:${escapeText(e.title)}`, `DESCRIPTION:${escapeText(e.description)}`, 'TRANSP:TRANSPARENT');
    if (e.color) lines.push(`COLOR:${e.color}`);
    if (tag.k) lines.push(`X-JOSPAR-KEY:${tag.k}`);
    for (const g of e.guests) lines.push(`ATTENDEE;CN=${g};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${g}`);
    for (const minutes of e.popupReminders)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(e.title)}`,
        `TRIGGER:-PT${minutes}M`,
        'END:VALARM',
      );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
