/**
 * The all-day recurrences Jospar writes, expanded as RFC 5545 (§3.3.10, §3.8.5) and Google Calendar expand them:
 * RRULE with FREQ DAILY, WEEKLY or MONTHLY, INTERVAL, BYMONTHDAY (negative from the month's end), BYDAY (weekdays
 * without ordinals), BYSETPOS, COUNT or UNTIL; then RDATE added and EXDATE removed (VALUE=DATE lists). DTSTART is
 * always the first instance (§3.8.5.3: "The DTSTART property value SHOULD be synchronized with the recurrence
 * rule"; it counts as the first occurrence even when the rule would not produce it). Pure: the sync plans its series
 * with it, the local Calendar emulation expands with it, and both agree with ical.js (see the tests).
 */
import { addDays, daysInMonth, parseIso, weekday, ymd, type IsoDate } from './dates';

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Far enough for any plan; a rule without COUNT or UNTIL stops here. */
const HORIZON_DAYS = 366 * 5;

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byMonthDay: number[];
  byDay: number[];
  bySetPos: number[];
  count: number | null;
  until: IsoDate | null;
}

/** Parses an RRULE value ("FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12"); throws on what Jospar does not write. */
export function parseRule(value: string): Rule {
  const parts = new Map<string, string>();
  for (const p of value.replace(/^RRULE:/i, '').split(';')) {
    const [k, v] = p.split('=');
    if (!k || v === undefined || parts.has(k.toUpperCase())) throw new Error(`Invalid recurrence rule: ${value}`);
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw new Error(`Invalid recurrence rule: ${value}`);
  const ints = (k: string, min: number, max: number) =>
    (parts.get(k) ?? '')
      .split(',')
      .filter(Boolean)
      .map((x) => {
        const n = Number(x);
        if (!Number.isInteger(n) || n === 0 || Math.abs(n) < min || Math.abs(n) > max)
          throw new Error(`Invalid recurrence rule: ${value}`);
        return n;
      });
  const byDay = (parts.get('BYDAY') ?? '')
    .split(',')
    .filter(Boolean)
    .map((d) => {
      const i = DAY_CODES.indexOf(d);
      if (i < 0) throw new Error(`Invalid recurrence rule: ${value}`);
      return i;
    });
  const untilText = parts.get('UNTIL');
  const until = untilText ? /^(\d{4})(\d{2})(\d{2})/.exec(untilText) : null;
  if (untilText && !until) throw new Error(`Invalid recurrence rule: ${value}`);
  const known = new Set(['FREQ', 'INTERVAL', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);
  for (const k of parts.keys()) if (!known.has(k)) throw new Error(`Invalid recurrence rule: ${value}`);
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  if (count !== null && (!Number.isInteger(count) || count < 1)) throw new Error(`Invalid recurrence rule: ${value}`);
  if (count !== null && until) throw new Error(`Invalid recurrence rule: ${value}`); // §3.3.10: MUST NOT both
  return {
    freq,
    interval: parts.has('INTERVAL') ? ints('INTERVAL', 1, 1000)[0] : 1,
    byMonthDay: ints('BYMONTHDAY', 1, 31),
    byDay,
    bySetPos: ints('BYSETPOS', 1, 366),
    count,
    until: until ? `${until[1]}-${until[2]}-${until[3]}` : null,
  };
}

/** The first day of period k (the day, the week's Monday, the month's first). */
function periodStart(rule: Rule, start: IsoDate, k: number): IsoDate {
  if (rule.freq === 'DAILY') return addDays(start, k * rule.interval);
  if (rule.freq === 'WEEKLY') return addDays(start, -((weekday(start) + 6) % 7) + 7 * k * rule.interval);
  const s = parseIso(start);
  const index = s.y * 12 + (s.m - 1) + k * rule.interval;
  return ymd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The candidate days of one period (a day, a week from Monday, a month), in order, before BYSETPOS. */
function periodDays(rule: Rule, start: IsoDate, k: number): IsoDate[] {
  if (rule.freq === 'DAILY') {
    const d = addDays(start, k * rule.interval);
    const { y, m, d: day } = parseIso(d);
    const dim = daysInMonth(y, m);
    if (rule.byMonthDay.length && !rule.byMonthDay.some((x) => (x > 0 ? x : dim + 1 + x) === day)) return [];
    if (rule.byDay.length && !rule.byDay.includes(weekday(d))) return [];
    return [d];
  }
  if (rule.freq === 'WEEKLY') {
    const monday = addDays(start, -((weekday(start) + 6) % 7) + 7 * k * rule.interval);
    const days = rule.byDay.length ? rule.byDay : [weekday(start)];
    return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) => days.includes(weekday(d)));
  }
  const s = parseIso(start);
  const index = s.y * 12 + (s.m - 1) + k * rule.interval;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const dim = daysInMonth(y, m);
  let days: number[];
  if (rule.byMonthDay.length) {
    days = rule.byMonthDay.map((x) => (x > 0 ? x : dim + 1 + x)).filter((x) => x >= 1 && x <= dim);
  } else if (rule.byDay.length) days = Array.from({ length: dim }, (_, i) => i + 1);
  else days = s.d <= dim ? [s.d] : []; // §3.3.10: an invalid date (31 February) is skipped, not moved
  let dates = [...new Set(days)].sort((a, b) => a - b).map((d) => ymd(y, m, d));
  if (rule.byDay.length) dates = dates.filter((d) => rule.byDay.includes(weekday(d)));
  return dates;
}

/**
 * The instances of an RRULE from DTSTART, in order: DTSTART first, unless `withStart` is false (then only the days the
 * rule itself produces from DTSTART's period on, which is how a planner finds a rule's first instance).
 */
export function expandRule(
  start: IsoDate,
  value: string,
  horizon: IsoDate = addDays(start, HORIZON_DAYS),
  withStart = true,
): IsoDate[] {
  const rule = parseRule(value);
  const out: IsoDate[] = withStart ? [start] : [];
  const end = rule.until && rule.until < horizon ? rule.until : horizon;
  for (let k = 0; periodStart(rule, start, k) <= end; k++) {
    let days = periodDays(rule, start, k);
    if (rule.bySetPos.length && days.length) {
      const picked = rule.bySetPos.map((p) => days[p > 0 ? p - 1 : days.length + p]).filter(Boolean);
      days = [...new Set(picked)].sort();
    }
    for (const d of days) {
      if (d < start || (withStart && d === start) || d > end) continue;
      if (rule.count !== null && out.length >= rule.count) return out;
      out.push(d);
    }
    if (rule.count !== null && out.length >= rule.count) return out;
  }
  return out;
}

/** "EXDATE;VALUE=DATE:20251020,20251120" → ISO dates; also plain "RDATE:20251017". */
function dateList(line: string): IsoDate[] {
  const value = line.slice(line.indexOf(':') + 1);
  return value
    .split(',')
    .filter(Boolean)
    .map((v) => {
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v.trim());
      if (!m) throw new Error(`Invalid recurrence rule: ${line}`);
      return `${m[1]}-${m[2]}-${m[3]}`;
    });
}

/** The dates of an all-day event's `recurrence` lines (RRULE, RDATE, EXDATE) from its start date. */
export function expandRecurrence(start: IsoDate, lines: readonly string[]): IsoDate[] {
  const dates = new Set<IsoDate>();
  const excluded = new Set<IsoDate>();
  let ruled = false;
  for (const line of lines) {
    const name = line.split(/[;:]/)[0].toUpperCase();
    if (name === 'RRULE') {
      ruled = true;
      for (const d of expandRule(start, line.slice(line.indexOf(':') + 1))) dates.add(d);
    } else if (name === 'RDATE') for (const d of dateList(line)) dates.add(d);
    else if (name === 'EXDATE') for (const d of dateList(line)) excluded.add(d);
    else throw new Error(`Invalid recurrence rule: ${line}`);
  }
  if (!ruled) dates.add(start);
  return [...dates].filter((d) => !excluded.has(d)).sort();
}

export const compactDate = (iso: IsoDate): string => iso.replace(/-/g, '');
