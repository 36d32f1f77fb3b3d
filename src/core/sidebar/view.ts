/**
 * What the sidebar's server functions answer and the page shows: plain data (google.script.run passes only numbers,
 * strings, booleans, null, and arrays and objects of them).
 */
import type { AcademicPeriod } from '../calendar/academic-calendar';
import type { PlanYear } from '../calendar/dates';
import type { WorkingDayPolicy } from '../calendar/working-days';
import type { Conventions } from '../deadline/types';
import type { Lang } from '../i18n/lang';
import type { ItemMail } from '../notifications/item-mail';
import type { StateKind } from '../plan/item-state';
import type { Status } from '../sheets/status';

/** What the page needs to read a deadline exactly as the server would (see core/plan/evaluate.ts). */
export interface ReadingContext {
  year: PlanYear;
  calendar: AcademicPeriod[];
  daysOff: string[];
  policy: WorkingDayPolicy;
  conventions: Conventions;
  today: string;
  sheetLang: Lang;
}

export interface ItemView {
  id: string;
  row: number;
  unit: string;
  no: string;
  activity: string;
  responsible: string;
  roles: Array<{ name: string; emails: string[]; known: boolean }>;
  deadline: string;
  links: string[];
  deliverable: string;
  status: Status | null;
  statusText: string;
  evidence: string;
  doneDate: string;
  /** The date "Next due" shows (ISO, src/core/plan/item-state.ts): the next one, or the one an overdue item missed. */
  nextDue: string;
  /** The item's state, computed on the server from the row (never read from another view's cells). */
  state: StateKind;
  /** The state in words, in the Settings language ("Мерзімі өткен: 12 күн"). */
  stateWord: string;
  daysLate: number;
  docLink: string;
  /** Where the item's document stands in its Drive approval, in words ('' when none was started). */
  approval: string;
  calendarState: string;
  warnings: string;
  /** The newest messages Jospar sent about the item (Notifications sheet), newest first. */
  mail: ItemMail[];
  /** How many rows of the Notifications sheet mention the item (more than `mail` lists when it is long). */
  mailRows: number;
  /** The report awaiting a keeper (state submitted): who, the day (ISO), evidence, note, from where; else null. */
  review: { who: string; day: string; evidence: string; note: string; via: string } | null;
}

export interface FirstRun {
  planReady: boolean;
  rolesWithEmail: number;
  roles: number;
  calendarReady: boolean;
  templatesReady: boolean;
  /** Who owns the hourly schedule and when it last ran, in the user's language; stale after a day without a run. */
  schedule: { text: string; stale: boolean };
}

export interface SidebarState {
  firstRun: FirstRun;
  context: ReadingContext | null;
  item: ItemView | null;
  /** Why no item is shown ('' when one is). */
  notice: string;
  /** Actions whose server side exists in this build (remind-now comes with the mail issue). */
  actions: string[];
}

/** How far a long server action has got (written by src/gas/progress.ts, asked by the page while it waits). */
export interface ProgressNote {
  job: 'sync' | 'documents' | 'mail';
  done: number;
  total: number;
}
