/**
 * What an .xlsx cell's raw value means, as a person saw it in Excel: a number under a date format is a date (a serial
 * day count in the workbook's date system, 1900 or 1904), written as the plan writes dates ("01.10.2025"); an error
 * value (#REF!, #DIV/0! …) is no value at all. ECMA-376 Part 1, 18.8.30 (numFmt: the built-in ids), 18.17.4 (date
 * systems), 18.18.11 (ST_CellType: "e" error, "d" ISO 8601 date).
 */
import { dottedDate } from '../system-values';

/** Built-in number formats that show a date or a time (ids 14-22, 27-36, 45-47, 50-58; the rest are numbers). */
const BUILT_IN_DATE_TIME = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
/** Of those, the ones that show only a time of day. */
const BUILT_IN_TIME_ONLY = new Set([18, 19, 20, 21, 45, 46, 47]);

export type DateKind = 'date' | 'time' | 'datetime' | null;

/** Whether a number format shows a date, a time, both, or neither (a plain number). */
export function dateKind(numFmtId: number, code: string | undefined): DateKind {
  if (code === undefined) {
    if (!BUILT_IN_DATE_TIME.has(numFmtId)) return null;
    if (numFmtId === 22) return 'datetime';
    return BUILT_IN_TIME_ONLY.has(numFmtId) ? 'time' : 'date';
  }
  // The format's own letters: quoted text, escaped characters and [colour]/[$-locale] sections say nothing.
  const letters = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  const time = /[hs]/i.test(letters);
  // "m" next to h or s is minutes; elsewhere (with d or y, or alone) a month.
  const date = /[dy]/i.test(letters) || (/m/i.test(letters) && !time);
  if (date && time) return 'datetime';
  if (date) return 'date';
  return time ? 'time' : null;
}

const DAY_MS = 86400000;

/** A serial day number as an ISO day, in the 1900 system (with Lotus's 29 February 1900) or the 1904 one. */
export function serialDay(serial: number, date1904: boolean): string {
  const whole = Math.floor(serial);
  // 1900 system: 1 is 1900-01-01 and 60 the fictitious 1900-02-29, so from 61 on day 0 is 1899-12-30.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + whole * DAY_MS).toISOString().slice(0, 10);
}

function timeOfDay(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A numeric cell's text as Excel shows its meaning: a date as "01.10.2025" (with " 09:30" when it has a time of day),
 * a time as "09:30", any other number as written. A serial out of Excel's range stays the number it is.
 */
export function numberCellText(raw: string, kind: DateKind, date1904: boolean): string {
  const serial = Number(raw);
  if (!kind || raw.trim() === '' || !Number.isFinite(serial) || serial < 0 || serial > 2958465) return raw;
  if (kind === 'time') return timeOfDay(serial);
  const day = dottedDate(serialDay(serial, date1904));
  return kind === 'datetime' && serial % 1 !== 0 ? `${day} ${timeOfDay(serial)}` : day;
}

/** A cell of type "d" (an ISO 8601 date or date-time) as the plan writes dates. */
export function isoCellText(raw: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(raw.trim());
  if (!m) return raw;
  return m[2] && m[2] !== '00:00' ? `${dottedDate(m[1])} ${m[2]}` : dottedDate(m[1]);
}
