/**
 * How Sheets reads a string written with setValue/setValues in a cell not formatted as plain text: as if a user typed
 * it. Google documents the principle, not the rules: "strings may be converted to numbers, dates, etc. following the
 * same rules that are applied when entering text into a cell via the Google Sheets UI"
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED, which is what
 * Range.setValue does with a string). The typed forms below are those of Google's number format types
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType: NUMBER "1,000.12",
 * CURRENCY "$1,000.12", PERCENT "10.12%", SCIENTIFIC "1.01E+03", DATE "9/26/2008", TIME "3:59:00 PM", DATE_TIME
 * "9/26/08 15:59:00") with the spreadsheet locale's separators
 * (https://developers.google.com/workspace/sheets/api/guides/formats: without a pattern "Sheets uses a default
 * pattern … based on the spreadsheet's locale", "$1,000.12 for CURRENCY in en_US").
 *
 * Where Google leaves the exact rules unsaid (which currency signs a locale takes, whether "1.07" is a date in a
 * comma-decimal locale), this emulation converts every form that some locale converts: it is stricter than any one
 * Sheets, so a user text the add-on forgets to protect is turned into a number or a date here first, in a test.
 */
import { fromWallClock, wallClock } from './zone';

export interface TypedValue {
  v: string | number | boolean | Date;
  /** The number format Sheets gives a cell that had none when such a value is typed (percent, currency). */
  format?: string;
}

/** Locales that write 1 234,5 rather than 1,234.5 (CLDR); others take the English separators. */
function commaDecimal(locale: string): boolean {
  return !/^(en|ja|ko|zh|th|he|hi|mn|my|fil|ga|cy)(_|$)/i.test(locale);
}

const CURRENCY = '[$€£¥₸₽]';

/** "1,234.50", "1 234,50", ".5", "1e3" → a number under the locale's separators, or null. */
function plainNumber(s: string, locale: string): number | null {
  const m = /^([\d\s\u00a0\u202f.,]*)(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m || !/\d/.test(m[1])) return null;
  const body = m[1];
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimal = '';
  if (dots && commas) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1) decimal = '.';
  else if (commas === 1 && commaDecimal(locale)) decimal = ',';
  const cut = decimal ? body.lastIndexOf(decimal) : body.length;
  const whole = body.slice(0, cut);
  const fraction = decimal ? body.slice(cut + 1) : '';
  if (decimal && !/^\d+$/.test(fraction)) return null;
  // Digits grouped by one separator come in threes after the first group ("1,234,567", "1 234 567").
  const grouped = /^\d{1,3}(?:([.,\s\u00a0\u202f])\d{3})(?:\1\d{3})*$/.test(whole);
  if (!grouped && !/^\d*$/.test(whole)) return null;
  if (whole === '' && !fraction) return null;
  const digits = whole.replace(/\D/g, '') || '0';
  const n = Number(`${digits}${fraction ? `.${fraction}` : ''}${m[2] ? `e${m[2]}` : ''}`);
  return Number.isFinite(n) ? n : null;
}

/** A signed number, a percentage or an amount of money, as typed; null when it is none of these. */
function typedNumber(text: string, locale: string): TypedValue | null {
  let s = text.trim();
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) [s, sign] = [paren[1].trim(), -1];
  if (/^[-+]/.test(s)) [s, sign] = [s.slice(1).trim(), s.startsWith('-') ? -sign : sign];
  let percent = false;
  let currency = '';
  if (s.endsWith('%')) [s, percent] = [s.slice(0, -1).trim(), true];
  const before = new RegExp(`^(${CURRENCY})\\s*(.*)$`).exec(s);
  const after = new RegExp(`^(.*?)\\s*(${CURRENCY})$`).exec(s);
  let suffix = false;
  if (!percent && before) [currency, s] = [before[1], before[2]];
  else if (!percent && after) [currency, s, suffix] = [after[2], after[1], true];
  if (/^[-+]/.test(s) && currency) [s, sign] = [s.slice(1).trim(), s.startsWith('-') ? -sign : sign];
  const n = plainNumber(s, locale);
  if (n === null) return null;
  const value = sign * (percent ? n / 100 : n);
  const decimals = /[.,](\d+)$/.test(s.replace(/[eE].*$/, '')) ? '.00' : '';
  if (percent) return { v: round(value), format: `0${decimals}%` };
  if (currency) return { v: value, format: suffix ? `#,##0${decimals} ${currency}` : `${currency}#,##0${decimals}` };
  return { v: value };
}

/** Percent division leaves binary noise (15/100 is 0.15 exactly, 7/100 is not); Sheets shows the typed value. */
function round(n: number): number {
  return Number(n.toPrecision(15));
}

const DATE_FORMS: Array<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})/, ymd: (m) => [+m[3], +m[2], +m[1]] },
  // "1/2/2025": January 2 in en_US, 1 February elsewhere; either way a date (the day-first reading is taken).
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/, ymd: (m) => [+m[3], +m[2], +m[1]] },
];
const TIME = /^\s*(?:T|\s)\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/** Month words by number (1-12): English names and abbreviations, Russian and Kazakh names, as stems. */
const MONTH_STEMS: Array<[RegExp, number]> = [
  [/^(jan(uary)?|янв(ар[ьяе])?|қаңтар)$/i, 1],
  [/^(feb(ruary)?|фев(рал[ьяе])?|ақпан)$/i, 2],
  [/^(mar(ch)?|мар(та?)?|наурыз)$/i, 3],
  [/^(apr(il)?|апр(ел[ьяе])?|сәуір)$/i, 4],
  [/^(may|ма[йя]|мамыр)$/i, 5],
  [/^(june?|июн[ьяе]?|маусым)$/i, 6],
  [/^(july?|июл[ьяе]?|шілде)$/i, 7],
  [/^(aug(ust)?|авг(уста?)?|тамыз)$/i, 8],
  [/^(sept?(ember)?|сен(т(ябр[ьяе])?)?|қыркүйек)$/i, 9],
  [/^(oct(ober)?|окт(ябр[ьяе])?|қазан)$/i, 10],
  [/^(nov(ember)?|ноя(бр[ьяе])?|қараша)$/i, 11],
  [/^(dec(ember)?|дек(абр[ьяе])?|желтоқсан)$/i, 12],
];

function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, '');
  return MONTH_STEMS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** "1 Sep 2025", "1-September-2025", "Sep 1, 2025", "1 сентября 2025", "September 2025" (its first day). */
function wordedDate(s: string): [number, number, number] | null {
  const dayFirst = /^(\d{1,2})[\s./-]+([^\s\d.,/-]+\.?)[\s./,-]+(\d{4})$/u.exec(s);
  if (dayFirst) {
    const m = monthOf(dayFirst[2]);
    return m ? [Number(dayFirst[3]), m, Number(dayFirst[1])] : null;
  }
  const monthFirst = /^([^\s\d.,/-]+\.?)\s*(\d{1,2})(?:,\s*|\s+)(\d{4})$/u.exec(s);
  if (monthFirst) {
    const m = monthOf(monthFirst[1]);
    return m ? [Number(monthFirst[3]), m, Number(monthFirst[2])] : null;
  }
  const monthYear = /^([^\s\d.,/-]+\.?)[\s./-]+(\d{4})$/u.exec(s);
  if (monthYear) {
    const m = monthOf(monthYear[1]);
    return m ? [Number(monthYear[2]), m, 1] : null;
  }
  return null;
}

/** A date, a date and time, or a time of day, typed; midnight (or the time) in the spreadsheet's zone. */
function typedDate(text: string, zone: string): TypedValue | null {
  const s = text.trim();
  const timeOnly = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$/.exec(s);
  if (timeOnly) {
    let hour = Number(timeOnly[1]);
    if (timeOnly[4]) hour = (hour % 12) + (/^p/i.test(timeOnly[4]) ? 12 : 0);
    if (hour > 23 || Number(timeOnly[2]) > 59) return null;
    // A time alone is that time on Sheets' day zero, 30 December 1899.
    return at(zone, [1899, 12, 30], [hour, Number(timeOnly[2]), Number(timeOnly[3] ?? 0)]);
  }
  const worded = wordedDate(s);
  if (worded) return at(zone, worded, [0, 0, 0]);
  for (const form of DATE_FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const rest = s.slice(m[0].length);
    const time = rest === '' ? null : TIME.exec(rest);
    if (rest !== '' && !time) return null;
    const hms: [number, number, number] = time ? [+time[1], +time[2], +(time[3] ?? 0)] : [0, 0, 0];
    if (hms[0] > 23 || hms[1] > 59 || hms[2] > 59) return null;
    return at(zone, form.ymd(m), hms);
  }
  return null;
}

function at(
  zone: string,
  [y, mo, d]: [number, number, number],
  [h, mi, se]: [number, number, number],
): TypedValue | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = fromWallClock(zone, { year: y, month: mo - 1, day: d, hour: h, minute: mi, second: se, ms: 0 });
  const w = wallClock(zone, t);
  return w.month === mo - 1 && w.day === d ? { v: new Date(t) } : null;
}

/** What a typed string becomes in a cell that is not plain text: a number, a boolean, a date, or the string. */
export function readTyped(text: string, locale: string, zone: string): TypedValue {
  const s = text.trim();
  if (/^(true|false)$/i.test(s)) return { v: s.toLowerCase() === 'true' };
  return typedNumber(s, locale) ?? typedDate(s, zone) ?? { v: text };
}
