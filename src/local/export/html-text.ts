/**
 * An event description as the plain text an iCalendar DESCRIPTION is (RFC 5545 §3.8.1.5, TEXT). Calendar's
 * `description` is HTML (the events resource: "Can contain HTML"): the sync escapes the plan's text in it
 * (core/calendar-sync/event-text.ts escapeEventHtml), so that Google Calendar shows markup typed in the plan as the
 * characters typed, and a description edited in Google Calendar carries its editor's tags. Copied as it is, a calendar
 * program would print "&amp;" and "<br>". Here line breaks (<br>, the end of a paragraph, block or list item) become
 * newlines, other tags go, and character references become their characters: in one pass, so a typed "&lt;" (stored
 * as "&amp;lt;") stays "&lt;".
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);|&#(\d+);|&([a-z]+);/gi, (ref, hex?: string, dec?: string, name?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? ref;
      const n = hex ? parseInt(hex, 16) : Number(dec);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ref;
    });
  // A closing block tag at the very end is no line of its own.
  return /<\/(?:p|div|li|h[1-6]|tr)\s*>\s*$/i.test(html) ? text.replace(/\n+$/, '') : text;
}
