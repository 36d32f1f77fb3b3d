import type { AcademicPeriod, PeriodKind } from '../calendar/academic-calendar';
import type { IsoDate, PlanYear } from '../calendar/dates';
import type { WorkingDayPolicy } from '../calendar/working-days';
import type { Relation } from './lexicon';

/** A day of a month, with or without its year. */
export interface DayOfYear {
  y: number | null;
  m: number;
  d: number;
  /** "28(29) февраля": the day is the month's last when the month is shorter. */
  clip?: boolean;
}

/** Which half of the academic year a qualifier points at ("қысқы сессия", "весенний семестр", "fall term"). */
export type Season = 'autumn' | 'winter' | 'spring' | 'summer';

/** "5 жұмыс күн бұрын", "за месяц до", "within 10 working days after": counted from a period's start or end. */
export interface Offset {
  n: number;
  unit: 'day' | 'working-day' | 'week' | 'month';
  dir: 'before' | 'after';
}

/** Day of the month of a monthly recurrence: a number, its last day, or its first / last working day. */
export type MonthDay = number | 'last' | 'first-working' | 'last-working';

/** When in each quarter a quarterly item is due: at its end (default), a day of the month after it, or N days after. */
export type QuarterDue = { monthAfter: MonthDay } | { daysAfter: number };

/** What the engine found in one span of the text. */
export type Component =
  | { t: 'date'; y: number | null; m: number; d: number }
  | { t: 'range'; from: DayOfYear; to: DayOfYear }
  | { t: 'month'; y: number | null; m: number; toY: number | null; toM: number }
  | { t: 'month-end'; y: number | null; m: number }
  | { t: 'quarter'; from: number; to: number; y?: number | null }
  | { t: 'season'; season: Season }
  | { t: 'monthly'; day: MonthDay | null }
  | { t: 'every-months'; n: number }
  | { t: 'quarterly'; due?: QuarterDue }
  | { t: 'weekly'; weekday?: number; interval?: number }
  | { t: 'times-a-year'; n: number }
  | { t: 'whole-year' }
  | { t: 'year-end' }
  | { t: 'yearly' }
  | {
      t: 'anchor';
      kinds: PeriodKind[];
      relation: Relation;
      summerOnly: boolean;
      season?: Season | null;
      /** 1 = the first period of its kind in the plan year ("1-ші академиялық кезең"). */
      nth?: number | null;
      offset?: Offset | null;
    }
  | { t: 'per-calendar' }
  | { t: 'on-demand' }
  | { t: 'event' }
  | { t: 'external' }
  | { t: 'plan-year'; startYear: number }
  | { t: 'next-year' }
  | { t: 'until-year-end'; from: DayOfYear }
  | { t: 'label' };

export interface Found {
  c: Component;
  start: number;
  end: number;
}

export type IssueCode =
  | 'empty'
  | 'not-understood'
  | 'partly-understood'
  | 'impossible-date'
  | 'outside-plan-year'
  | 'calendar-link-needed'
  | 'calendar-period-missing'
  | 'other-plan-year'
  | 'uneven-times-a-year'
  | 'ambiguous-date-order'
  | 'too-long';

export interface DeadlineIssue {
  code: IssueCode;
  /** The part of the text it is about, as offsets into the input; [0, 0] when it is about the whole cell. */
  start: number;
  end: number;
  text: string;
}

export type ScheduleKind =
  'date' | 'month' | 'list' | 'recurring' | 'year' | 'calendar' | 'on-demand' | 'mixed' | 'unknown';

export interface Window {
  start: IsoDate;
  end: IsoDate;
}

/** A due date counted from a calendar period: which period, from which end, by how much. */
export interface PeriodOffset {
  period: string;
  from: 'start' | 'end';
  offset: Offset;
  due: IsoDate;
}

export interface Schedule {
  input: string;
  kind: ScheduleKind;
  /** Every due date, raw (before the working-day policy), ascending, unique. */
  due: IsoDate[];
  /** The same after the working-day policy, ascending, unique. */
  dueWorking: IsoDate[];
  windows: Window[];
  /** RFC 5545 RRULE value whose first occurrence is due[0] (DTSTART), when the schedule is one regular recurrence. */
  rrule: string | null;
  /** Ids of the academic-calendar periods the dates came from. */
  anchors: string[];
  /** Due dates counted from a period ("5 күн бұрын", "within 7 days after"), for display. */
  offsets?: PeriodOffset[];
  onDemand: boolean;
  /**
   * Due only because the whole year is the item's window ("Оқу жылы бойы" with nothing else dated): its one date is the
   * year's last day by the wholeYearDue convention, not a deadline anyone set. Absent otherwise.
   */
  throughoutYear?: true;
  /** Parts that refer to a schedule kept elsewhere (a timetable, rules): understood, but not dated by Jospar. */
  notes: DeadlineIssue[];
  warnings: DeadlineIssue[];
  errors: DeadlineIssue[];
}

/**
 * The department's conventions where a deadline leaves the day open; each is a row of the Settings sheet.
 * - monthDueDay: a month ("2025 ж. қыркүйек") is due on its last day, or on this day of it;
 * - monthlyDueDay: "Ай сайын" with no day: the last day of each month, or this day;
 * - wholeYearDue: "Оқу жылы бойы": due at the end of the plan year, or no due date (the year is only a window);
 * - periodDue: "during X" ("Ликвидациялық кезеңде"): due at the end of each X, or at its start;
 * - daysBefore: "before X starts": this many days before each X starts;
 * - rangeDue: a range of days ("15 қыркүйек – 20 қазан") is one window, due at its end, or at its start;
 * - yearStartMonth: the month the plan year starts in (9: September-August; 8 where the year starts in August), which
 *   places every date written without a year;
 * - numericDateOrder: "03/04/2026" in English text is day-month (the default, with a warning that the order is
 *   ambiguous) or month-day (the US order).
 */
export interface Conventions {
  monthDueDay: number | 'last';
  monthlyDueDay: number | 'last';
  wholeYearDue: 'end' | 'none';
  periodDue: 'end' | 'start';
  daysBefore: number;
  rangeDue: 'end' | 'start';
  yearStartMonth: number;
  numericDateOrder: 'day-month' | 'month-day';
}

export const DEFAULT_CONVENTIONS: Conventions = {
  monthDueDay: 'last',
  monthlyDueDay: 'last',
  wholeYearDue: 'end',
  periodDue: 'end',
  daysBefore: 1,
  rangeDue: 'end',
  yearStartMonth: 9,
  numericDateOrder: 'day-month',
};

export interface DeadlineContext {
  year: PlanYear;
  calendar: AcademicPeriod[];
  /** Calendar period ids a user linked to this item ("Академиялық күнтізбеге сәйкес" resolves to these). */
  links?: string[];
  daysOff: ReadonlySet<string>;
  policy: WorkingDayPolicy;
  conventions?: Partial<Conventions>;
}
