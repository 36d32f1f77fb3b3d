/**
 * "Sync calendar": makes the department's calendar hold exactly the plan's due dates, and nothing Jospar did not make
 * is ever touched. One run: read the spreadsheet once; decide the desired events (core); compare with what Jospar knows
 * it made (state sheet + journal, or the calendar's own tags after a run that did not end cleanly); carry out the
 * difference event by event within the time budget; then write each sheet at most once (Plan calendar states, the
 * state records, the calendar id in Settings, a Log line). What the budget or the daily quota leaves is continued by a
 * one-off trigger a minute later.
 */
import { addDays } from '../../core/calendar/dates';
import { desiredEvents, type EventItem } from '../../core/calendar-sync/desired';
import { planSync, type KnownEvent, type SyncAction } from '../../core/calendar-sync/sync-plan';
import { t } from '../../core/i18n/messages';
import { planSetup } from '../../core/setup/plan-setup';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { cellReader } from '../../core/sheets/readers';
import { parseStatus } from '../../core/sheets/status';
import { rememberedLang, tellUser, todayIn } from '../context';
import { applySetup, readSpreadsheet } from '../setup';
import { applyAction, dayOf, keyOf, knownOf, PartlyMade, withRetry } from './calendar-writer';
import { applyJournal, clearJournal, journal, knownFromState, RUNNING, stateRows } from './sync-state';

export const CONTINUE_HANDLER = 'josparContinueSync';
export const NIGHTLY_HANDLER = 'josparNightlySync';
/** Events a day Jospar creates at most: under the consumer quota (5,000), well under Workspace's (10,000). */
export const DAILY_EVENT_LIMIT = 4500;
const QUOTA_PREFIX = 'jospar.quota:';
/** Journal entries one run may leave (about 120 bytes each): far under the 500 KB a property store holds. */
export const JOURNAL_LIMIT = 1000;

export interface SyncStats {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  errors: number;
  pending: number;
}
export interface SyncOutcome {
  ok: boolean;
  finished: boolean;
  report: string[];
  calendar: SyncStats;
  calendarId?: string;
}

export function syncCalendar(options: { interactive?: boolean; fromTrigger?: boolean } = {}): SyncOutcome {
  const empty: SyncStats = { created: 0, updated: 0, deleted: 0, unchanged: 0, errors: 0, pending: 0 };
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(options.fromTrigger ? 5000 : 30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, finished: false, report: [t(lang0, 'busy')], calendar: empty };
  }
  try {
    return run(options, empty);
  } finally {
    lock.releaseLock();
  }
}

function run(options: { interactive?: boolean; fromTrigger?: boolean }, stats: SyncStats): SyncOutcome {
  const started = Date.now();
  const snap = readSpreadsheet();
  const { ss, tz, read } = snap;
  if (!read.plan || read.plan.values.length < 2) {
    const msg = t(rememberedLang(), 'syncNeedsSetup');
    if (options.interactive !== false) tellUser('Jospar', msg);
    return { ok: false, finished: false, report: [msg], calendar: stats };
  }
  const today = todayIn(tz);
  const first = planSetup({ sheets: read, today, restoreMissing: false });
  const settings = first.settings;
  const lang = settings.language;
  const props = PropertiesService.getDocumentProperties();

  // The department's calendar: the one Settings names, or Jospar's own (found again by name if a run made it and
  // stopped before writing its id down).
  let calendar: GoogleAppsScript.Calendar.Calendar | null;
  let newCalendarId: string | null = null;
  const calendarName = `Jospar — ${ss.getName()}`;
  if (settings.calendarId) {
    calendar = withRetry(() => CalendarApp.getCalendarById(settings.calendarId));
    if (!calendar) {
      const msg = t(lang, 'syncCalendarMissing', { id: settings.calendarId });
      if (options.interactive !== false) tellUser(t(lang, 'syncTitle'), msg);
      return { ok: false, finished: false, report: [msg], calendar: stats };
    }
  } else {
    calendar = withRetry(() => CalendarApp.getCalendarsByName(calendarName))[0] ?? null;
    calendar ??= withRetry(() => CalendarApp.createCalendar(calendarName, { timeZone: settings.timeZone }));
    newCalendarId = calendar.getId();
  }
  const cal = calendar;

  // What Jospar made: the state sheet, then the journal; after an unclean end, the calendar itself.
  const allProps = props.getProperties();
  let known = knownFromState(read.state?.values ?? []);
  const journaled = applyJournal(known, allProps) > 0;
  const unclean = !!allProps[RUNNING];
  if (unclean || newCalendarId) known = reconcile(cal, settings.year.start, settings.year.end);

  const cell = (r: { cells: Record<string, string> }, k: string) => r.cells[k] ?? '';
  const items: EventItem[] = first.rows.map((r) => ({
    id: r.id,
    activity: cell(r, 'activity'),
    responsible: cell(r, 'responsible'),
    deliverable: cell(r, 'deliverable'),
    deadline: cell(r, 'deadline'),
    status: cell(r, 'status'),
    owners: r.evaluation.owners,
    schedule: r.evaluation.schedule,
  }));
  const desired = desiredEvents(items, {
    lang,
    reminderDays: settings.reminderDays,
    sheetUrl: `${ss.getUrl()}#gid=${snap.found.plan!.getSheetId()}`,
  });
  const actions = planSync(desired, known);
  // Marked as running only when there is something to write, so an unchanged run writes nothing anywhere.
  if (actions.length > 0) props.setProperty(RUNNING, new Date().toISOString());

  const budgetMs = settings.runBudgetSeconds * 1000;
  const quotaKey = QUOTA_PREFIX + today;
  let createdToday = Number(allProps[quotaKey] ?? 0);
  const failed = new Map<string, string>();
  const pending = new Set<string>();
  const touched = new Set<string>();
  let stopped = false;
  for (const a of actions) {
    const key = a.kind === 'delete' ? a.key : a.event.key;
    const item = key.split('#')[0];
    if (
      stopped ||
      Date.now() - started > budgetMs ||
      touched.size >= JOURNAL_LIMIT ||
      (a.kind === 'create' && createdToday >= DAILY_EVENT_LIMIT)
    ) {
      stopped = true;
      pending.add(item);
      stats.pending++;
      continue;
    }
    try {
      const made: KnownEvent | null = applyAction(cal, a);
      if (made) known.set(key, made);
      else known.delete(key);
      journal(props, key, made);
      touched.add(key);
      count(stats, a);
      if (a.kind === 'create') createdToday++;
    } catch (e) {
      if (e instanceof PartlyMade) {
        known.set(key, e.made);
        journal(props, key, e.made);
        touched.add(key);
      }
      failed.set(item, String((e as Error)?.message ?? e).slice(0, 200));
      stats.errors++;
    }
  }
  const acted = new Set(actions.map((a) => (a.kind === 'delete' ? a.key : a.event.key)));
  stats.unchanged = desired.filter((d) => !acted.has(d.key)).length;

  // Each row's calendar state, then every sheet once.
  const states = new Map<string, string>();
  const withEvents = new Set(desired.map((d) => d.itemId));
  for (const r of first.rows) {
    const errors = r.evaluation.schedule.errors;
    let state: string;
    if (failed.has(r.id)) state = t(lang, 'calError', { message: failed.get(r.id)! });
    else if (pending.has(r.id)) state = t(lang, 'calPending');
    else if (parseStatus(cell(r, 'status')) === 'cancelled') state = t(lang, 'calCancelled');
    else if (!withEvents.has(r.id))
      state = errors.length
        ? t(lang, 'calError', { message: errors.map((x) => x.text || x.code).join('; ') })
        : t(lang, 'calNoDates');
    else state = r.evaluation.owners.length ? t(lang, 'calSynced') : t(lang, 'calSyncedNoGuests');
    states.set(r.id, state);
  }
  const second = planSetup({
    sheets: read,
    today,
    restoreMissing: false,
    calendarStates: states,
  });
  const statePlan = second.sheets.find((s) => s.key === 'state')!;
  const rows = stateRows(read.state?.values ?? [], known);
  const oldRows = Math.max(0, (read.state?.values.length ?? 1) - 1);
  const padded = [...rows, ...Array.from({ length: Math.max(0, oldRows - rows.length) }, () => ['', ''])];
  if (
    padded.length > 0 &&
    JSON.stringify(padded) !== JSON.stringify((read.state?.values ?? []).slice(1).map((r) => [r[0] ?? '', r[1] ?? '']))
  ) {
    statePlan.writes.push({
      row: 1,
      col: 0,
      values: padded.map((r) => r.map((v) => (v.startsWith('=') || v.startsWith("'") ? `'${v}` : v))),
    });
  }
  if (newCalendarId) {
    const settingsPlan = second.sheets.find((s) => s.key === 'settings')!;
    const cellOf = cellReader(SETTINGS_SHEET, read.settings!.values[0]);
    const row = read.settings!.values.findIndex((r, i) => i > 0 && cellOf(r, 'key').trim() === 'calendarId');
    const col = settingsPlan.columnIndex.value;
    if (row > 0 && col !== undefined) settingsPlan.writes.push({ row, col, values: [[newCalendarId]] });
  }
  const report = [
    t(lang, 'syncReport', stats as unknown as Record<string, number>),
    ...(stopped ? [t(lang, 'syncContinues')] : []),
  ];
  const changed = stats.created + stats.updated + stats.deleted + stats.errors > 0;
  applySetup(
    snap,
    second,
    changed || stopped
      ? [
          { action: 'calendar', result: report.join(' ') },
          ...[...failed].map(([item, message]) => ({ action: 'calendar', item, result: message })),
        ]
      : [],
  );

  // Everything done is recorded in the sheet: the journal and the running mark go, and the quota count is kept.
  if (actions.length > 0 || journaled || unclean)
    clearJournal(props, createdToday > 0 ? { [quotaKey]: String(createdToday) } : {});
  scheduleTriggers(stopped);
  if (options.interactive !== false) tellUser(t(lang, 'syncTitle'), report.join('\n'));
  return { ok: true, finished: !stopped, report, calendar: stats, calendarId: cal.getId() };
}

function count(stats: SyncStats, a: SyncAction): void {
  if (a.kind === 'create') stats.created++;
  else if (a.kind === 'update') stats.updated++;
  else stats.deleted++;
}

/**
 * Rebuilds what Jospar made from the calendar: every event of its key, by tag or by description marker. Two events of
 * one key (a run that stopped between creating an event and recording it, then made it again) are one too many: the
 * complete one (tagged) is kept.
 */
function reconcile(
  cal: GoogleAppsScript.Calendar.Calendar,
  yearStart: string,
  yearEnd: string,
): Map<string, KnownEvent> {
  const events = withRetry(() => cal.getEvents(dayOf(addDays(yearStart, -400)), dayOf(addDays(yearEnd, 400))));
  const byKey = new Map<string, GoogleAppsScript.Calendar.CalendarEvent[]>();
  for (const ev of events) {
    const key = keyOf(ev);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), ev]);
  }
  const known = new Map<string, KnownEvent>();
  for (const [key, list] of byKey) {
    const ranked = [...list].sort((a, b) => Number(!!b.getTag('jospar')) - Number(!!a.getTag('jospar')));
    known.set(key, knownOf(ranked[0], key));
    for (const extra of ranked.slice(1))
      withRetry(() => (extra.isRecurringEvent() ? extra.getEventSeries().deleteEventSeries() : extra.deleteEvent()));
  }
  return known;
}

/** A continuation a minute later when the run stopped early; and, once, the nightly run. */
function scheduleTriggers(stopped: boolean): void {
  const triggers = ScriptApp.getProjectTriggers();
  for (const tr of triggers) if (tr.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(tr);
  if (stopped)
    ScriptApp.newTrigger(CONTINUE_HANDLER)
      .timeBased()
      .after(60 * 1000)
      .create();
  if (!triggers.some((tr) => tr.getHandlerFunction() === NIGHTLY_HANDLER))
    ScriptApp.newTrigger(NIGHTLY_HANDLER).timeBased().everyDays(1).atHour(2).create();
}
