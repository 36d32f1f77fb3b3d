/**
 * "Sync calendar": makes the department's calendar hold exactly the plan's due dates, and nothing Jospar did not make
 * is ever touched. One run: read the spreadsheet once; decide the desired events (core); compare with what Jospar knows
 * it made (state sheet + journal, or the calendar's own tags after a run that did not end cleanly); carry out the
 * difference event by event within the time budget; then write each sheet at most once (Plan calendar states, the
 * state records, the calendar id in Settings, a Log line). What the budget leaves is continued by the hourly trigger.
 *
 * Calendar's daily cap on new events (Settings calendarDailyEvents, below Workspace's 10,000 or a consumer account's
 * 5,000) is counted here (daily-count.ts: a run cut off before it noted its count is counted by the next from the
 * calendar itself), and Calendar's own answer that the day's use is spent (403 quotaExceeded, or
 * dailyLimitExceeded: src/gas/retry.ts, after the API's errors guide) stops the run the same way: the rest waits,
 * "pending" on its rows, and the hourly trigger's runs that day return at once, without reading the spreadsheet, until
 * the next day's run goes on where it stopped. Rate limits (403 rateLimitExceeded, 429) are retried with backoff.
 */
import { startProgress } from '../progress';
import { desiredEvents, type EventItem } from '../../core/calendar-sync/desired';
import { planSync, type KnownEvent, type SyncAction } from '../../core/calendar-sync/sync-plan';
import { t } from '../../core/i18n/messages';
import { fullRoleNames } from '../../core/roles/full-names';
import type { Evaluation } from '../../core/plan/evaluate';
import { planSetup } from '../../core/setup/plan-setup';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { cellReader, readKeyValues } from '../../core/sheets/readers';
import { parseStatus } from '../../core/sheets/status';
import { rememberedLang, tellUser, todayIn } from '../context';
import { afterSync } from '../scheduler';
import { applySetup, readSpreadsheet } from '../setup';
import { settingsGuard } from '../settings-guard';
import { applyAction, listOwn } from './calendar-writer';
import { isDailyCap, retrying } from '../retry';
import { calendarApi, httpStatus } from './calendar-v3';
import { notedCalendar, noteCalendar } from './own-calendar';
import { waitForRollover } from '../year/rollover-wait';
import { clearRunning, knownFromState, RUNNING, stateRows } from './sync-state';
import { dailyCountKey, FULL, madeToday } from './daily-count';

/** The id of the calendar Jospar made, noted the moment it exists (Settings gets it when the run ends). */
export { CALENDAR_PROPERTY } from './own-calendar';

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

export interface SyncOptions {
  interactive?: boolean;
  fromTrigger?: boolean;
  /** Only these items' events (the sidebar's "sync this item"); the other rows and events are left as they are. */
  items?: string[];
}

export function syncCalendar(options: SyncOptions = {}): SyncOutcome {
  const empty: SyncStats = { created: 0, updated: 0, deleted: 0, unchanged: 0, errors: 0, pending: 0 };
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(options.fromTrigger ? 5000 : 30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, finished: false, report: [t(lang0, 'busy')], calendar: empty };
  }
  try {
    const waits = waitForRollover('calendar', (lang) => t(lang, 'menuSync'), {
      interactive: options.interactive !== false,
      fromTrigger: !!options.fromTrigger,
    });
    if (waits) return { ok: false, finished: false, report: [waits], calendar: empty };
    return run(options, empty);
  } finally {
    lock.releaseLock();
  }
}

function run(options: SyncOptions, stats: SyncStats): SyncOutcome {
  const started = Date.now();
  // The hourly trigger on a day the cap stopped a sync: nothing to read, nothing to do until tomorrow.
  if (options.fromTrigger && capReachedToday()) {
    const msg = t(rememberedLang(), 'syncDailyCap');
    return { ok: true, finished: false, report: [msg], calendar: stats };
  }
  const snap = readSpreadsheet();
  const { ss, tz, read } = snap;
  if (!read.plan || read.plan.values.length < 2) {
    const msg = t(rememberedLang(), 'syncNeedsSetup');
    if (options.interactive !== false) tellUser('Jospar', msg);
    return { ok: false, finished: false, report: [msg], calendar: stats };
  }
  const today = todayIn(tz);
  // Both plannings of this run (before the writes, and after, with the rows' calendar states) read each deadline once.
  const evaluations = new Map<string, Evaluation>();
  // Jospar's own calendar, if it made one (read first: a note only `_jospar` kept goes back into the properties).
  const ownCalendar = notedCalendar(snap, PropertiesService.getDocumentProperties());
  // The owner's approved domains and calendar: a trigger keeps them where the sheet was changed by someone else.
  const guard = settingsGuard(!!options.fromTrigger, readKeyValues(read.settings));
  const first = planSetup({ sheets: read, today, restoreMissing: false, evaluations, settingsGuard: guard });
  const settings = first.settings;
  const lang = settings.language;
  const props = PropertiesService.getDocumentProperties();

  // The department's calendar: the one Settings names, or Jospar's own: made on the first sync and noted at once in
  // document properties, so that a run cut off before Settings got its id finds it again.
  const allProps = props.getProperties();
  let calendarId = settings.calendarId;
  let newCalendarId: string | null = null;
  let fresh = false;
  if (!calendarId) {
    calendarId = ownCalendar;
    if (!calendarId) {
      const name = `Jospar — ${ss.getName()}`;
      calendarId = retrying(() => calendarApi().Calendars.insert({ summary: name, timeZone: settings.timeZone })).id;
      noteCalendar(snap, props, calendarId);
      fresh = true;
    }
    newCalendarId = calendarId;
  }

  // What Jospar made: the state sheet; a new calendar holds nothing yet; after an unclean end (or in a calendar made
  // by a run that was cut off) the calendar's own events, from one paged list.
  const unclean = !!allProps[RUNNING];
  let known = fresh ? new Map<string, KnownEvent>() : knownFromState(read.state?.values ?? []);
  const listed = !fresh && (unclean || newCalendarId) ? listOwn(calendarId) : null;
  if (listed) known = listed.known;

  const cell = (r: { cells: Record<string, string> }, k: string) => r.cells[k] ?? '';
  const items: EventItem[] = first.rows.map((r) => ({
    id: r.id,
    // The row as the sheet is now: a sorted sheet gives new links at the next sync (quiet patches, nobody emailed).
    row: r.row + 1,
    unit: cell(r, 'unit'),
    activity: cell(r, 'activity'),
    responsible: cell(r, 'responsible'),
    deliverable: cell(r, 'deliverable'),
    deadline: cell(r, 'deadline'),
    status: cell(r, 'status'),
    doneOn: cell(r, 'doneOn'),
    owners: r.evaluation.owners,
    schedule: r.evaluation.schedule,
  }));
  const { events: desired, noEvent } = desiredEvents(items, {
    lang,
    reminderDays: settings.reminderDays,
    sheetUrl: `${ss.getUrl()}#gid=${snap.found.plan!.getSheetId()}`,
    planId: ss.getId(),
    today,
    known,
    fullName: fullRoleNames(read.roles?.values, lang),
  });
  const only = options.items ? new Set(options.items) : null;
  const actions = planSync(desired, known).filter(
    (a) => !only || only.has((a.kind === 'delete' ? a.key : a.event.key).split('#')[0]),
  );
  // A calendar Settings names is checked only when there is something to write: an unchanged run makes no call.
  if (actions.length > 0 && !newCalendarId) {
    try {
      retrying(() => calendarApi().Calendars.get(calendarId));
    } catch (e) {
      if (httpStatus(e) !== 404 && httpStatus(e) !== 403) throw e;
      const msg = t(lang, 'syncCalendarMissing', { id: calendarId });
      if (options.interactive !== false) tellUser(t(lang, 'syncTitle'), msg);
      return { ok: false, finished: false, report: [msg], calendar: stats };
    }
  }
  // Marked as running only when there is something to write, so an unchanged run writes nothing anywhere.
  if (actions.length > 0) props.setProperty(RUNNING, new Date().toISOString());

  const budgetMs = settings.runBudgetSeconds * 1000;
  const quotaKey = dailyCountKey(today);
  const cap = settings.calendarDailyEvents;
  // After a run cut off before it noted its count, the events it made are counted from the calendar's own list.
  let createdToday = madeToday(allProps[quotaKey], cap, today, tz, listed?.created);
  let capped = false;
  const failed = new Map<string, string>();
  const pending = new Set<string>();
  const notified = new Set<string>();
  let stopped = false;
  const progress = startProgress('sync', actions.length, options.interactive !== false ? { lang } : null);
  for (const [done, a] of actions.entries()) {
    progress.step(done);
    const key = a.kind === 'delete' ? a.key : a.event.key;
    const item = key.split('#')[0];
    if (a.kind === 'create' && createdToday >= cap) capped = true;
    if (stopped || capped || Date.now() - started > budgetMs) {
      stopped = true;
      pending.add(item);
      stats.pending++;
      continue;
    }
    try {
      // At most one email per person per run: an event whose guests include someone already told is changed quietly.
      const notify = a.kind === 'update' && a.invite && a.event.guests.every((g) => !notified.has(g));
      const made: KnownEvent | null = applyAction(calendarId, a, notify);
      if (notify) for (const g of a.event.guests) notified.add(g);
      if (made) known.set(key, made);
      else known.delete(key);
      count(stats, a);
      if (a.kind === 'create') createdToday++;
    } catch (e) {
      if (isDailyCap(e)) {
        // Calendar says the day's use is spent (events made by hand count too): this one and the rest wait.
        stopped = capped = true;
        pending.add(item);
        stats.pending++;
        continue;
      }
      failed.set(item, String((e as Error)?.message ?? e).slice(0, 200));
      stats.errors++;
    }
  }
  progress.end();
  const acted = new Set(actions.map((a) => (a.kind === 'delete' ? a.key : a.event.key)));
  stats.unchanged = desired.filter((d) => !acted.has(d.key) && (!only || only.has(d.itemId))).length;

  // Each row's calendar state, then every sheet once.
  const states = new Map<string, string>();
  const withEvents = new Set(desired.map((d) => d.itemId));
  for (const r of first.rows) {
    if (only && !only.has(r.id)) continue; // its Calendar state cell stays as it is
    const errors = r.evaluation.schedule.errors;
    let state: string;
    if (failed.has(r.id)) state = t(lang, 'calError', { message: failed.get(r.id)! });
    else if (pending.has(r.id)) state = t(lang, 'calPending');
    else if (parseStatus(cell(r, 'status')) === 'cancelled') state = t(lang, 'calCancelled');
    else if (noEvent.has(r.id))
      state = t(lang, noEvent.get(r.id) === 'throughout-year' ? 'calThroughoutYear' : 'calPastDates');
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
    evaluations,
    settingsGuard: guard,
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
    ...(capped ? [t(lang, 'syncDailyCap')] : stopped ? [t(lang, 'syncContinues')] : []),
  ];
  const changed = stats.created + stats.updated + stats.deleted + stats.errors > 0;
  applySetup(snap, second, [
    ...(changed || stopped
      ? [
          { action: 'calendar', result: report.join(' ') },
          ...[...failed].map(([item, message]) => ({ action: 'calendar', item, result: message })),
        ]
      : []),
    // A guarded setting kept at the owner's value is said on its Settings row at every run until approved.
    ...second.problems
      .filter((p) => / not approved by the owner /.test(p.message))
      .map((p) => ({ action: 'calendar', item: `${p.sheet}:${p.row}`, result: p.message })),
  ]);

  // Everything done is recorded in the sheet: the running mark goes, and the quota count is kept.
  const quota = capped ? FULL : createdToday > 0 ? String(createdToday) : '';
  if (actions.length > 0 || unclean) clearRunning(props, quota ? { [quotaKey]: quota } : {});
  // The one hourly trigger continues a stopped sync and runs the nightly one (see scheduler.ts).
  afterSync(stopped);
  if (options.interactive !== false) tellUser(t(lang, 'syncTitle'), report.join('\n'));
  return { ok: true, finished: !stopped, report, calendar: stats, calendarId };
}

/** Whether a sync stopped at Calendar's daily cap today: one property read, and the spreadsheet's zone. */
function capReachedToday(): boolean {
  const ss = SpreadsheetApp.getActive();
  const today = todayIn(ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone());
  return PropertiesService.getDocumentProperties().getProperty(dailyCountKey(today)) === FULL;
}

function count(stats: SyncStats, a: SyncAction): void {
  if (a.kind === 'create') stats.created++;
  else if (a.kind === 'update') stats.updated++;
  else stats.deleted++;
}
