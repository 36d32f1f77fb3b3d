/**
 * Date-only arithmetic on ISO strings ("2025-09-01"). Deadlines are all-day dates, not instants: computing them on UTC
 * midnights keeps every result independent of the machine's or the script's time zone (the peers' "a day early" bug).
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m) &&
    y >= 1900 &&
    y <= 2200
  );
}

export function ymd(y: number, m: number, d: number): IsoDate {
  // Whole numbers of the usual widths, by concatenation: the deadline engine writes dates many times a parse.
  if (Number.isInteger(y) && y >= 1000 && y <= 9999 && isTwoDigits(m) && isTwoDigits(d))
    return y + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isTwoDigits(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 99;
}

export function parseIso(date: IsoDate): { y: number; m: number; d: number } {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // The usual case without a Date object (deadlines compute thousands of these); Date's rules otherwise (years 0-99
  // are 1900-1999 to Date.UTC, months out of range roll over).
  if (Number.isInteger(y) && y >= 100 && Number.isInteger(m) && m >= 1 && m <= 12)
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function lastDayOfMonth(y: number, m: number): IsoDate {
  return ymd(y, m, daysInMonth(y, m));
}

function toUtc(date: IsoDate): number {
  // "2025-09-01" read digit by digit (no expression, no object): the engine turns dates into days very often.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return Date.UTC(y, m - 1, d);
  }
  const { y, m, d } = parseIso(date);
  return Date.UTC(y, m - 1, d);
}

/** The number written by the digits from..to of a text, or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The largest time a Date holds (ECMAScript's TimeClip): beyond it, Date's getters give NaN. */
const MAX_TIME = 8.64e15;

function fromUtc(ms: number): IsoDate {
  if (!(Math.abs(ms) <= MAX_TIME)) {
    const t = new Date(ms);
    return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  // The proleptic Gregorian date of a day number, by arithmetic (H. Hinnant's civil_from_days), as Date's getters
  // give it but without a Date object.
  const z = Math.floor(ms / 86400000) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return ymd(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86400000);
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86400000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // Day 0 (1 January 1970) was a Thursday. NaN (no such date) stays NaN, as Date's getUTCDay gives it.
  const w = (Math.floor(toUtc(date) / 86400000) + 4) % 7;
  return w < 0 ? w + 7 : w;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** The calendar date of a Date object in a fixed offset from UTC (Asia/Almaty is UTC+5 since 2024-03-01). */
export function isoDateAtOffset(instant: Date, offsetMinutes: number): IsoDate {
  return fromUtc(instant.getTime() + offsetMinutes * 60000);
}

/** Plan year "2025-2026" → 2025-09-01 … 2026-08-31. */
export interface PlanYear {
  label: string;
  startYear: number;
  start: IsoDate;
  end: IsoDate;
}

export function planYear(label: string): PlanYear | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/.exec(label);
  if (!m) return null;
  const startYear = Number(m[1]);
  if (Number(m[2]) !== startYear + 1) return null;
  return {
    label: `${startYear}-${startYear + 1}`,
    startYear,
    start: ymd(startYear, 9, 1),
    end: ymd(startYear + 1, 8, 31),
  };
}

/** The plan year (1 September - 31 August) a day falls in: 2026-12-03 → 2026-2027, 2027-05-20 → 2026-2027. */
export function planYearOf(date: IsoDate): PlanYear {
  const { y, m } = parseIso(date);
  const start = m >= 9 ? y : y - 1;
  return planYear(`${start}-${start + 1}`)!;
}

/** The calendar year in which a month (1-12) falls inside a plan year: September-December in the first year. */
export function yearOfMonthInPlanYear(py: PlanYear, month: number): number {
  return month >= 9 ? py.startYear : py.startYear + 1;
}
