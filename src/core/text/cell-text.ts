/**
 * User text must reach a cell as text, never as a formula, a number or a date. Google Sheets reads a string written by
 * a script as if a user typed it (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption,
 * USER_ENTERED): "=" (and "+", "-", "@") starts a formula; numbers with the locale's separators, percentages, money,
 * scientific notation, booleans, dates, times and dates with times become values; and which forms exactly depends on
 * the spreadsheet's locale, which Google does not list. A leading apostrophe tells Sheets to keep the string as it is
 * (the apostrophe itself is not stored), so every string that could be read as anything but text gets one: a text
 * protected without need loses nothing.
 */
const FORMULA_START = /^[=+\-@]/;
/** Digits with only what numbers, money, percentages, dates and times are written with (in any locale). */
const NUMERIC = /^[\d\s\u00a0\u202f.,:/%()\-+'’$€£¥₸₽eET]*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
/** "9:30 PM", "9.30 a.m.". */
const MERIDIEM = /\s*[ap]\.?\s?m\.?\s*$/i;
/** Month names and abbreviations Sheets may read in a date ("1 Sep 2025", "сентябрь 2025"), en/ru/kk. */
const MONTH_WORDS = [
  'jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec',
  'january|february|march|april|june|july|august|september|october|november|december',
  'янв|фев|мар|апр|мая|май|июн|июл|авг|сент?|окт|ноя|дек',
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]',
  'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан',
];
const MONTH = new RegExp(`^(${MONTH_WORDS.join('|')})\\.?$`, 'i');

/** Whether Sheets might read the text as something other than text. */
export function mightConvert(value: string): boolean {
  if (FORMULA_START.test(value) || value.startsWith("'") || BOOLEAN.test(value)) return true;
  if (!/\d/.test(value)) return false;
  const bare = value.replace(MERIDIEM, '');
  if (NUMERIC.test(bare)) return true;
  // A date with its month in words: digits and separators around one month name.
  const words = bare.split(/[\s\d.,/-]+/).filter(Boolean);
  return words.length === 1 && MONTH.test(words[0]);
}

export function asCellText(value: string): string {
  return value !== '' && mightConvert(value) ? `'${value}` : value;
}

/** instanceof Date fails across realms (the local Workspace hands in its own Dates), so test the tag. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
