import type { AcademicPeriod, PeriodKind } from '../calendar/academic-calendar';
import type { IsoDate, PlanYear } from '../calendar/dates';
import type { WorkingDayPolicy } from '../calendar/working-days';
import type { Relation } from './lexicon';

/** What the engine found in one span of the text. */
export type Component =
  | { t: 'date'; y: number | null; m: number; d: number }
  | { t: 'month'; y: number | null; m: number; toY: number | null; toM: number }
  | { t: 'monthly'; day: number | null }
  | { t: 'every-months'; n: number }
  | { t: 'quarterly' }
  | { t: 'weekly' }
  | { t: 'times-a-year'; n: number }
  | { t: 'whole-year' }
  | { t: 'year-end' }
  | { t: 'anchor'; kinds: PeriodKind[]; relation: Relation; summerOnly: boolean }
  | { t: 'per-calendar' }
  | { t: 'on-demand' }
  | { t: 'event' }
  | { t: 'external' }
  | { t: 'plan-year'; startYear: number }
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
  onDemand: boolean;
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
 * - daysBefore: "before X starts": this many days before each X starts.
 */
export interface Conventions {
  monthDueDay: number | 'last';
  monthlyDueDay: number | 'last';
  wholeYearDue: 'end' | 'none';
  periodDue: 'end' | 'start';
  daysBefore: number;
}

export const DEFAULT_CONVENTIONS: Conventions = {
  monthDueDay: 'last',
  monthlyDueDay: 'last',
  wholeYearDue: 'end',
  periodDue: 'end',
  daysBefore: 1,
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
