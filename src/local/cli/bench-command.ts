/**
 * `npm run bench`: speed and cost, measured and reported (never asserted in tests).
 * - deadline parsing (bench-deadlines.ts): warm parses a second, and the first and slowest cold parse in a fresh
 *   process and a fresh vm context;
 * - cold starts (bench-cold.ts): Code.js's top level against its compile, Set up of the embedded plan, each sidebar
 *   call's server time, and `jospar deadline`, each in fresh processes;
 * - for the embedded plan and plans of 2,000 and 5,000 items (the embedded one repeated with fresh ids), every role's
 *   email filled in: Calendar API calls per event created, updated and deleted (all calendar calls counted, the
 *   calendar's own creation and checks included), calls of an unchanged re-run, invitation emails per person on the
 *   first sync, series against single events, local wall time per item, and the first sync run as Apps Script would
 *   run it under a stated latency table per call kind: how many runs (and days, at 4,500 new events a day) it takes,
 *   and the estimated Apps Script seconds.
 * - mail (bench-mail.ts): the daily mail on the busiest day; sendEmail calls against messages; reads and writes
 *   per sheet.
 * - item state (bench-item-state.ts): every item's state for every day of the year, 127 and 5,000 items.
 */
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { ensureBuilt, loadAddOn, type AddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { parseArgs } from './args';
import { benchCold } from './bench-cold';
import { benchDeadlines } from './bench-deadlines';
import { benchMail } from './bench-mail';
import { benchDocuments } from './bench-documents';
import { benchItemState } from './bench-item-state';
import { sidebarBench } from './bench-sidebar';
import { cardsBench } from './bench-cards';
import { fillRoleEmails, scaled } from './bench-plans';
import { benchScaling } from './bench-scaling';

export { scaled } from './bench-plans';
import { benchRollup } from './bench-rollup';

export async function benchCommand(argv: string[]): Promise<number> {
  parseArgs(argv, [], ['json']);
  const report: Record<string, unknown> = {};

  report.deadlines = benchDeadlines();

  await ensureBuilt();
  // Cold, in fresh processes: the bundle's load against its compile, Set up, each sidebar call, `jospar deadline`.
  report.coldStart = benchCold();
  report.latencyTable = { note: LATENCY_NOTE, milliseconds: LATENCY_MS };
  for (const count of [127, 2000, 5000])
    report[count === 127 ? 'embedded plan (127 items)' : `${count.toLocaleString('en')}-item plan`] = benchScale(
      count === 127 ? PLAN_2025_2026.items : scaled(count),
    );
  // Linear runs: Set up, the first sync and an unchanged re-sync from 1,000 to 8,000 items, with the fitted exponents.
  report.scaling = benchScaling();
  report.mail = benchMail([
    ['embedded plan (127 items)', PLAN_2025_2026.items],
    ['2,000-item plan', scaled(2000)],
  ]);
  report.documents = benchDocuments();
  report.itemState = benchItemState([
    ['embedded plan (127 items)', PLAN_2025_2026.items],
    ['5,000-item plan', scaled(5000)],
  ]);
  report.rollup = await benchRollup([50, 500]);
  report.sidebar = sidebarBench([
    ['embedded plan (127 items)', PLAN_2025_2026.items],
    ['2,000-item plan', scaled(2000)],
  ]);
  // The Calendar card: opening it and the Mark done callback (Google allows a callback 30 s).
  report.cards = cardsBench(
    [
      ['embedded plan (127 items)', PLAN_2025_2026.items],
      ['2,000-item plan', scaled(2000)],
    ],
    latencyOf,
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

/**
 * Typical Apps Script latencies per call kind, in milliseconds (a stated assumption, not a measurement): the Calendar
 * API's writes take a round trip each; SpreadsheetApp reads and writes of whole ranges cost more than a getter; the
 * property store and trigger calls are small round trips; everything else (getters on objects already fetched,
 * Utilities) is local to the script.
 */
const LATENCY_MS: Record<string, number> = {
  'CalendarCalendars.insert': 800,
  'CalendarCalendars.get': 200,
  'CalendarEvents.insert': 250,
  'CalendarEvents.patch': 250,
  'CalendarEvents.remove': 200,
  'CalendarEvents.get': 150,
  'CalendarEvents.list': 400,
  'Range.getValues': 150,
  'Range.getDisplayValues': 150,
  'Range.setValues': 300,
  'Properties.setProperty': 60,
  'Properties.setProperties': 80,
  'Properties.getProperties': 40,
  'ScriptApp.newTrigger': 150,
  'ScriptApp.getProjectTriggers': 100,
  'ScriptApp.deleteTrigger': 100,
  'LockService.getDocumentLock': 20,
  'Lock.tryLock': 50,
};
const LATENCY_NOTE =
  'per call kind; any other SpreadsheetApp call 30 ms, any other call 5 ms; Apps Script stops a run at 360 s, ' +
  "Jospar's budget is 270 s and 4,500 new events a day";
function latencyOf(call: string): number {
  return LATENCY_MS[call] ?? (/^(Spreadsheet|Sheet|Range)/.test(call) ? 30 : 5);
}

/**
 * One scale: Set up (with every role's email filled in, so every event has guests), then the first sync run by run
 * with the latency table on the virtual clock and Jospar's own time budget (continuations as the trigger would run
 * them, the next day when the daily quota stops it), an unchanged re-run, a run after every 10th item's wording
 * changed, and one after every 20th item was cancelled.
 */
function benchScale(items: readonly PlanItemLike[]) {
  let timed = false;
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z'), latencyMs: (c) => (timed ? latencyOf(c) : 0) });
  const addon = loadAddOn(ws);
  const t0 = Date.now();
  addon.josparImportPlan(
    items.map((i) => ({ ...i })),
    'bench',
  );
  fillRoleEmails(ws);
  addon.josparRefreshDeadlines();
  const setUpSeconds = (Date.now() - t0) / 1000;

  // The first sync, as Apps Script would run it.
  ws.counter.reset();
  timed = true;
  const t1 = Date.now();
  let runs = 0;
  let days = 1;
  let appsScriptSeconds = 0;
  let longestRun = 0;
  let outcome = { finished: false, calendar: { created: 0 } } as SyncOutcomeLike;
  let created = 0;
  for (let i = 0; i < 200 && !outcome.finished; i++) {
    const before = ws.clock.now();
    outcome = (runs === 0 ? addon.josparSyncCalendar() : addon.josparContinueSync()) as SyncOutcomeLike;
    const spent = (ws.clock.now() - before) / 1000;
    appsScriptSeconds += spent;
    longestRun = Math.max(longestRun, spent);
    runs++;
    created += outcome.calendar.created;
    if (!outcome.finished && outcome.calendar.created === 0) {
      // The daily quota: the continuation that runs tomorrow goes on.
      ws.clock.advance(24 * 3600 * 1000);
      days++;
    } else ws.clock.advance(60 * 1000);
  }
  timed = false;
  const syncSeconds = (Date.now() - t1) / 1000;
  const firstCalls = calendarCalls(ws);
  const events = jospar(ws).filter((e) => e.status !== 'cancelled');
  const emails = Object.values(ws.calendars.emails);
  const invited = new Set(events.flatMap((e) => (e.attendees ?? []).map((a) => a.email)));

  const unchanged = measureRun(ws, () => undefined, addon);
  const rows = planRows(ws);
  const updated = measureRun(
    ws,
    () => {
      rows.filter((_, i) => i % 10 === 0).forEach((r) => r.activity.setValue(`${r.activity.getValue()} (v2)`));
    },
    addon,
  );
  const deleted = measureRun(
    ws,
    () => {
      rows.filter((_, i) => i % 20 === 5).forEach((r) => r.status.setValue('Тоқтатылды'));
    },
    addon,
  );

  return {
    items: items.length,
    events: { total: events.length, series: events.filter((e) => e.recurrence?.length).length },
    firstSync: {
      runs,
      days,
      finished: outcome.finished,
      created,
      calendarCalls: firstCalls,
      calendarCallsPerEventCreated: round(firstCalls.total / Math.max(1, created)),
      invitationEmails: {
        maxPerPerson: Math.max(0, ...emails),
        total: emails.reduce((a, b) => a + b, 0),
        peopleInvited: invited.size,
      },
      estimatedAppsScriptSeconds: Math.round(appsScriptSeconds),
      longestRunSeconds: Math.round(longestRun),
    },
    unchangedRerun: { calendarCalls: unchanged.calls.total, totalCalls: unchanged.totalCalls },
    afterEditing: {
      updated: updated.outcome.calendar.updated,
      calendarCalls: updated.calls,
      calendarCallsPerEventUpdated: round(updated.calls.total / Math.max(1, updated.outcome.calendar.updated)),
    },
    afterCancelling: {
      deleted: deleted.outcome.calendar.deleted,
      calendarCalls: deleted.calls,
      calendarCallsPerEventDeleted: round(deleted.calls.total / Math.max(1, deleted.outcome.calendar.deleted)),
    },
    localWallTime: {
      setUpMsPerItem: round((setUpSeconds * 1000) / items.length),
      firstSyncMsPerItem: round((syncSeconds * 1000) / items.length),
      // Each run reads the spreadsheet and plans anew (a person may have edited it between two runs).
      firstSyncMsPerItemPerRun: round((syncSeconds * 1000) / items.length / runs),
      unchangedRerunMsPerItem: round((unchanged.seconds * 1000) / items.length),
    },
  };
}

type PlanItemLike = (typeof PLAN_2025_2026.items)[number];
type SyncOutcomeLike = {
  finished: boolean;
  calendar: { created: number; updated: number; deleted: number; unchanged: number; errors: number; pending: number };
};

function jospar(ws: Workspace) {
  return ws.calendars.calendars.filter((c) => c.id !== ws.calendars.defaultId).flatMap((c) => c.events);
}

/** Every Calendar API call since the counter was reset, by kind, and their total. */
function calendarCalls(ws: Workspace): Record<string, number> & { total: number } {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [k, v] of ws.counter.counts)
    if (k.startsWith('Calendar')) {
      out[k] = v;
      total += v;
    }
  return { ...out, total };
}

function measureRun(ws: Workspace, edit: () => void, addon: AddOn) {
  edit();
  ws.counter.reset();
  const t = Date.now();
  const outcome = addon.josparSyncCalendar() as SyncOutcomeLike;
  const seconds = (Date.now() - t) / 1000;
  return { outcome, calls: calendarCalls(ws), totalCalls: ws.counter.total(), seconds };
}

function planRows(ws: Workspace) {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  return values.slice(1).map((_, i) => ({
    activity: sheet.getRange(i + 2, h.indexOf('Іс-шаралар') + 1),
    status: sheet.getRange(i + 2, h.indexOf('Мәртебе') + 1),
  }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
