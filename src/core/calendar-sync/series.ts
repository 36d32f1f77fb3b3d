/**
 * A regular recurrence as one calendar series whose instances are exactly the item's working-day dates.
 *
 * The engine gives the raw rule ("FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12") and the dates after the working-day policy.
 * Where the policy moves month ends off weekends, BYSETPOS says it ("the last weekday of the month"); other moved
 * days, and holidays, which no rule knows, are said by EXDATE (the rule's day) and RDATE (the working day), in one
 * line each. The candidate with the fewest such exceptions wins; a schedule with more than half its dates moved stays
 * single events. Whatever is chosen is expanded back and must give exactly the dates, or there is no series.
 */
import { addDays, parseIso, weekday, ymd, type IsoDate } from '../calendar/dates';
import { compactDate, expandRecurrence, expandRule, parseRule } from '../calendar/rrule';

export interface SeriesPlan {
  /** DTSTART: the first instance. */
  start: IsoDate;
  /** The RRULE value (COUNT included). */
  rrule: string;
  /** The event's `recurrence` lines: RRULE, then EXDATE and RDATE (all-day: VALUE=DATE) when needed. */
  recurrence: string[];
  /** Dates before the series' first instance (a first date moved off a weekend): single events beside it. */
  before: IsoDate[];
}

const WEEKDAYS = 'BYDAY=MO,TU,WE,TH,FR';

/**
 * A month-end (or month-start) rule rewritten to land on a weekday: "the last weekday of the month" is
 * BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (RFC 5545's own example), the first one BYSETPOS=1. A day inside the month
 * ("the 20th, or the weekday before") would be BYMONTHDAY=18,19,20 with BYDAY and BYSETPOS, which RFC 5545 and Google
 * expand right but ical.js (and so some calendar programs reading the export) do not: such days are moved by
 * EXDATE/RDATE instead, which every reader expands alike.
 */
function weekdayRule(raw: string, policy: 'previous' | 'next'): string | null {
  const rule = parseRule(raw);
  if (rule.freq !== 'MONTHLY' || rule.byMonthDay.length !== 1 || rule.byDay.length || rule.bySetPos.length) return null;
  const edge = policy === 'previous' ? -1 : 1;
  if (rule.byMonthDay[0] !== edge) return null;
  const interval = rule.interval > 1 ? `;INTERVAL=${rule.interval}` : '';
  return `FREQ=MONTHLY${interval};${WEEKDAYS};BYSETPOS=${edge}`;
}

/** The rule without COUNT or UNTIL. */
function open(raw: string): string {
  return raw
    .split(';')
    .filter((p) => !/^(COUNT|UNTIL)=/i.test(p))
    .join(';');
}

/** The first day of the period the raw rule's first date lies in: where a rewritten rule starts looking. */
function periodStart(raw: string, first: IsoDate): IsoDate {
  const { y, m } = parseIso(first);
  return /FREQ=WEEKLY/i.test(raw) ? addDays(first, -((weekday(first) + 6) % 7)) : ymd(y, m, 1);
}

function candidate(rule: string, anchor: IsoDate, dates: readonly IsoDate[]): SeriesPlan & { cost: number } {
  const last = dates[dates.length - 1];
  const wanted = new Set(dates);
  const instances = expandRule(anchor, rule, last, false);
  // DTSTART must be an instance the rule makes and a date wanted (RFC 5545 §3.8.5.3, and readers differ otherwise):
  // instances before the first wanted one are dropped, and wanted dates before it stay single events.
  while (instances.length && !wanted.has(instances[0])) instances.shift();
  if (instances.length < 2) return { start: dates[0], rrule: rule, recurrence: [], before: [], cost: Infinity };
  const start = instances[0];
  const got = new Set(instances);
  const before = dates.filter((d) => d < start);
  const exdates = instances.filter((d) => !wanted.has(d));
  const rdates = dates.filter((d) => d > start && !got.has(d));
  const rrule = `${rule};COUNT=${instances.length}`;
  const recurrence = [
    `RRULE:${rrule}`,
    ...(exdates.length ? [`EXDATE;VALUE=DATE:${exdates.map(compactDate).join(',')}`] : []),
    ...(rdates.length ? [`RDATE;VALUE=DATE:${rdates.map(compactDate).join(',')}`] : []),
  ];
  return { start, rrule, recurrence, before, cost: exdates.length + rdates.length + before.length };
}

/**
 * One series for a schedule with a regular rule, or null (no rule, fewer than two dates, or more than half of its dates
 * moved). `dates` are the working-day dates the calendar must show, ascending.
 */
export function seriesFor(rawRule: string | null, rawFirst: IsoDate, dates: readonly IsoDate[]): SeriesPlan | null {
  if (!rawRule || dates.length < 2) return null;
  let base: string;
  try {
    base = open(rawRule);
    parseRule(base);
  } catch {
    return null;
  }
  const anchor = periodStart(base, rawFirst < dates[0] ? rawFirst : dates[0]);
  const rules = [base, weekdayRule(base, 'previous'), weekdayRule(base, 'next')].filter((r): r is string => !!r);
  const best = rules
    .map((r) => candidate(r, anchor, dates))
    .filter((c) => Number.isFinite(c.cost))
    .sort((a, b) => a.cost - b.cost)[0];
  if (!best || best.cost > dates.length) return null;
  // What the calendar will show must be exactly the dates.
  const shown = [...best.before, ...expandRecurrence(best.start, best.recurrence)];
  if (shown.join() !== dates.join()) return null;
  return { start: best.start, rrule: best.rrule, recurrence: best.recurrence, before: best.before };
}
