/**
 * How Sheets shows a date under a date-time format pattern, as https://developers.google.com/sheets/api/guides/formats
 * defines the tokens: d/dd day, ddd/dddd weekday name, m/mm month (or minutes when the token before is an hour or the
 * one after is seconds), mmm/mmmm month name, yy/yyyy year, h/hh hour (12-hour when the pattern has AM/PM), s/ss
 * seconds, AM/PM; text in double quotes and a character after a backslash are literal, as is any character not in the
 * table. Names are English (the guide assumes the en_US locale; Jospar's own formats are all numeric).
 */
import { ENGLISH_MONTHS } from '../../core/deadline/format';
import type { WallClock } from './zone';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { kind: 'd' | 'm' | 'y' | 'h' | 's' | 'ampm'; n: number } | { kind: 'text'; text: string };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      out.push({ kind: 'text', text: pattern.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'text', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/^am\/pm/i.test(pattern.slice(i, i + 5))) {
      out.push({ kind: 'ampm', n: 5 });
      i += 5;
    } else if (/[dmyhs]/i.test(ch)) {
      let n = 1;
      while (pattern[i + n]?.toLowerCase() === ch.toLowerCase()) n++;
      out.push({ kind: ch.toLowerCase() as 'd' | 'm' | 'y' | 'h' | 's', n });
      i += n;
    } else {
      out.push({ kind: 'text', text: ch });
      i++;
    }
  }
  return out;
}

/** The text Sheets shows for the wall-clock time `w` (in the spreadsheet's zone) under `pattern`. */
export function formatSheetsDate(w: WallClock, weekday: number, pattern: string): string {
  const list = tokens(pattern);
  const twelve = list.some((t) => t.kind === 'ampm');
  const pad = (v: number, n: number) => String(v).padStart(n, '0');
  const fields = list.filter((t) => t.kind !== 'text');
  return list
    .map((t) => {
      if (t.kind === 'text') return t.text;
      const at = fields.indexOf(t);
      switch (t.kind) {
        case 'd':
          return t.n >= 4 ? WEEKDAYS[weekday] : t.n === 3 ? WEEKDAYS[weekday].slice(0, 3) : pad(w.day, t.n);
        case 'm': {
          const minutes = fields[at - 1]?.kind === 'h' || fields[at + 1]?.kind === 's';
          if (minutes && t.n <= 2) return pad(w.minute, t.n);
          if (t.n >= 4) return ENGLISH_MONTHS[w.month];
          return t.n === 3 ? ENGLISH_MONTHS[w.month].slice(0, 3) : pad(w.month + 1, t.n);
        }
        case 'y':
          return t.n <= 2 ? pad(w.year % 100, 2) : String(w.year);
        case 'h':
          return pad(twelve ? w.hour % 12 || 12 : w.hour, Math.min(t.n, 2));
        case 's':
          return pad(w.second, Math.min(t.n, 2));
        case 'ampm':
          return w.hour < 12 ? 'AM' : 'PM';
      }
      return '';
    })
    .join('');
}

/** A number format that shows a date or time (a day, month name, year, hour or seconds token). */
export function isDatePattern(pattern: string | undefined): pattern is string {
  return !!pattern && pattern !== 'General' && pattern !== '@' && /[dyhs]|m{3,}/i.test(pattern.replace(/"[^"]*"/g, ''));
}
