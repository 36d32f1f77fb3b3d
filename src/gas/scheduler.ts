/**
 * All scheduled work behind ONE hourly time-driven trigger. An Editor add-on may hold one time-driven trigger per user
 * and document, firing at most hourly, so the nightly calendar sync, its continuation and the daily mail cannot each
 * have their own: every hour this dispatcher does whatever is due, in the script's time zone (Settings timeZone):
 *
 *   calendar sync   once a day from Settings syncHour, and again every hour while a sync that stopped is unfinished
 *   daily mail      once a day from Settings mailHour, and again every hour while a run that stopped is unfinished
 *   documents       every hour while a generation that stopped at its time budget has rows left
 *
 * Each job takes the document lock itself and the jobs share one time budget (Settings runBudgetSeconds). A later
 * scheduled job adds one line to JOBS. The trigger is installed from the menu (or by the first calendar sync, as the
 * nightly sync always was), removed from the menu, and never installed twice.
 */
import { readMailRules } from '../core/notifications/mail-rules';
import { mt } from '../core/notifications/mail-texts';
import { SETTINGS_SHEET } from '../core/sheets/layout';
import { readKeyValues } from '../core/sheets/readers';
import { readSettings } from '../core/sheets/settings';
import { syncCalendar } from './calendar/sync';
import { rememberedLang, tellUser } from './context';
import { continueDocuments, documentsPending } from './documents/generate';
import { refreshApprovals } from './documents/approvals';
import { runMail } from './mail/mail-job';
import { findSheet, readSheet, zoneOffsetMinutes } from './sheet-io';
import { OWNER_PROPERTY } from '../core/schedule/owner';
import {
  becomeOwner,
  claimHourlyRun,
  mayHoldSchedule,
  noteInSettings,
  OFF_PROPERTY,
  takeOverSchedule,
} from './schedule-owner';
import { removeMyTriggers } from './schedule-trigger';

export { HOURLY_HANDLER } from './schedule-trigger';
const DONE_PREFIX = 'jospar.schedule.done:';
const CONTINUE_PREFIX = 'jospar.schedule.continue:';
const OFF = OFF_PROPERTY;

interface Job {
  name: string;
  /** The Settings hour from which the job is due each day. */
  hour: (s: ScheduleSettings) => number;
  /** A job with no daily hour: due whenever this says work is left, and never marked done for the day. */
  pending?: () => boolean;
  run: (deadline: number) => { ok: boolean; finished: boolean };
}

interface ScheduleSettings {
  timeZone: string;
  budgetMs: number;
  syncHour: number;
  mailHour: number;
}

const JOBS: Job[] = [
  {
    name: 'calendar',
    hour: (s) => s.syncHour,
    run: () => {
      const outcome = syncCalendar({ interactive: false, fromTrigger: true });
      // The nightly sync reads the orders' Drive approvals too (the register's Approval column).
      if (outcome.ok && outcome.finished) refreshApprovals();
      return outcome;
    },
  },
  {
    name: 'mail',
    hour: (s) => s.mailHour,
    run: (deadline) => runMail({ mode: 'daily', interactive: false, fromTrigger: true, deadline }),
  },
  {
    name: 'documents',
    hour: () => 0,
    pending: documentsPending,
    run: () => {
      continueDocuments();
      return { ok: true, finished: !documentsPending() };
    },
  },
];

export interface HourlyOutcome {
  ran: string[];
  unfinished: string[];
}

/** The hourly trigger's work. */
export function runHourly(): HourlyOutcome {
  const started = Date.now();
  // Only the schedule's owner's trigger works; another (a former owner's) removes itself.
  if (!claimHourlyRun()) return { ran: [], unfinished: [] };
  const s = scheduleSettings();
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const now = new Date();
  const today = Utilities.formatDate(now, s.timeZone, 'yyyy-MM-dd');
  const hour = Number(Utilities.formatDate(now, s.timeZone, 'H'));
  const out: HourlyOutcome = { ran: [], unfinished: [] };
  for (const job of JOBS) {
    const continuing = !!all[CONTINUE_PREFIX + job.name];
    const due = job.pending
      ? job.pending()
      : continuing || (hour >= job.hour(s) && all[DONE_PREFIX + job.name] !== today);
    // A job that would start in the last quarter of the budget waits for the next hour.
    if (!due || Date.now() - started > s.budgetMs * 0.75) continue;
    const result = job.run(started + s.budgetMs);
    out.ran.push(job.name);
    if (job.pending) {
      if (!result.finished) out.unfinished.push(job.name);
      continue;
    }
    if (!result.ok) continue; // busy (another run holds the lock) or not set up: try again next hour
    if (result.finished) {
      props.setProperty(DONE_PREFIX + job.name, today);
      if (continuing) props.deleteProperty(CONTINUE_PREFIX + job.name);
    } else {
      out.unfinished.push(job.name);
      if (!continuing) props.setProperty(CONTINUE_PREFIX + job.name, today);
    }
  }
  return out;
}

/** After a calendar sync (menu or trigger): an unfinished one is continued by the schedule, which it turns on. */
export function afterSync(stopped: boolean): void {
  const props = PropertiesService.getDocumentProperties();
  if (stopped) props.setProperty(CONTINUE_PREFIX + 'calendar', 'yes');
  else if (props.getProperty(CONTINUE_PREFIX + 'calendar')) props.deleteProperty(CONTINUE_PREFIX + 'calendar');
  if (!props.getProperty(OFF)) holdSchedule();
}

/** After a document generation stopped at its budget: the hourly schedule continues it (unless turned off). */
export function scheduleContinuation(): void {
  if (!PropertiesService.getDocumentProperties().getProperty(OFF)) holdSchedule();
}

/**
 * The schedule turned on by the work that needs it (an unfinished sync or generation): by the user running it when
 * nobody owns it yet; when someone does, their trigger continues the work.
 */
function holdSchedule(): void {
  if (mayHoldSchedule()) becomeOwner();
}

/** Whether an unfinished sync waits for the next hour (for tests and the sidebar). */
export function syncContinues(): boolean {
  return !!PropertiesService.getDocumentProperties().getProperty(CONTINUE_PREFIX + 'calendar');
}

/** Menu: turn the schedule on. Under the document lock, so two clicks at once still make one trigger. */
export function installSchedule(options: { interactive?: boolean } = {}): { ok: boolean; created: boolean } {
  const lang = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return { ok: false, created: false };
  try {
    if (!mayHoldSchedule()) {
      // Someone else owns it: turning it on here is taking it over (asked first), never a second trigger.
      lock.releaseLock();
      const taken = takeOverSchedule(options);
      return { ok: taken.ok, created: taken.ok };
    }
    const { created } = becomeOwner();
    const s = scheduleSettings();
    if (options.interactive !== false)
      tellUser(
        'Jospar',
        created
          ? mt(lang, 'scheduleOn', { syncHour: s.syncHour, mailHour: s.mailHour, tz: s.timeZone })
          : mt(lang, 'scheduleAlready'),
      );
    return { ok: true, created };
  } finally {
    lock.releaseLock();
  }
}

/** Menu: turn the schedule off (every Jospar time trigger goes, old ones included). */
export function removeSchedule(options: { interactive?: boolean } = {}): { ok: boolean; removed: number } {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return { ok: false, removed: 0 };
  try {
    // Off first: a cut after it leaves triggers that do nothing and remove themselves when they fire.
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(OFF, 'yes');
    const removed = removeMyTriggers();
    if (mayHoldSchedule()) {
      props.deleteProperty(OWNER_PROPERTY);
      noteInSettings('', '');
    }
    if (options.interactive !== false) tellUser('Jospar', mt(rememberedLang(), 'scheduleOff'));
    return { ok: true, removed };
  } finally {
    lock.releaseLock();
  }
}

/** The few Settings the dispatcher needs, from one read of the Settings sheet. */
function scheduleSettings(): ScheduleSettings {
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  const sheet = readSheet(findSheet(ss, SETTINGS_SHEET), zoneOffsetMinutes(tz));
  const values = readKeyValues(sheet);
  const settings = readSettings(values);
  const rules = readMailRules(values);
  return {
    timeZone: settings.timeZone || tz,
    budgetMs: settings.runBudgetSeconds * 1000,
    syncHour: rules.syncHour,
    mailHour: rules.mailHour,
  };
}
