/**
 * What a run costs in Apps Script, for `npm run bench`: the service calls' latency (a table per call kind, each row
 * saying where its figure comes from) plus the script's own CPU, measured here: this process's CPU during the run less
 * the CPU spent inside the emulated services (the call counter's `serviceMs`), which Google's servers would spend.
 *
 * Sources. Google publishes limits, not latencies:
 * - Apps Script quotas (https://developers.google.com/apps-script/guides/services/quotas): a script runs at most 6 min
 *   (360 s); Calendar events created a day: 5,000 (consumer), 10,000 (Google Workspace).
 * - Calendar API usage limits (https://developers.google.com/workspace/calendar/api/guides/quota): 600 requests a minute
 *   per user per project, 10,000 a minute per project (a sliding window; past it, 403/429 rate limits).
 * - Calendar API errors guide (https://developers.google.com/workspace/calendar/api/guides/errors): rate limits are met
 *   with exponential backoff.
 * No Google page gives a call's latency, and this project has no Google account to measure one (no network, no
 * credentials): the per-call figures are assumptions, typical round trips of an Apps Script advanced service or
 * SpreadsheetApp call, said to be so in the output. The script's CPU is the measured part; it is this machine's (2
 * cores), and Apps Script's V8 may be slower or faster.
 */
import { cpuMs } from '../workspace/counter';
import type { Workspace } from '../workspace/workspace';

const ASSUMED = 'assumed: a typical round trip (Google publishes no latency; no account here to measure one)';

/** Milliseconds per call kind, and where the figure comes from. */
export const LATENCY_TABLE: Record<string, { ms: number; source: string }> = {
  'CalendarCalendars.insert': { ms: 800, source: ASSUMED },
  'CalendarCalendars.get': { ms: 200, source: ASSUMED },
  'CalendarEvents.insert': { ms: 250, source: ASSUMED },
  'CalendarEvents.patch': { ms: 250, source: ASSUMED },
  'CalendarEvents.remove': { ms: 200, source: ASSUMED },
  'CalendarEvents.get': { ms: 150, source: ASSUMED },
  'CalendarEvents.list': { ms: 400, source: `${ASSUMED}; one page of up to 2,500 events` },
  'Range.getValues': { ms: 150, source: ASSUMED },
  'Range.getDisplayValues': { ms: 150, source: ASSUMED },
  'Range.setValues': { ms: 300, source: ASSUMED },
  'Properties.setProperty': { ms: 60, source: ASSUMED },
  'Properties.setProperties': { ms: 80, source: ASSUMED },
  'Properties.getProperties': { ms: 40, source: ASSUMED },
  'ScriptApp.newTrigger': { ms: 150, source: ASSUMED },
  'ScriptApp.getProjectTriggers': { ms: 100, source: ASSUMED },
  'ScriptApp.deleteTrigger': { ms: 100, source: ASSUMED },
  'LockService.getDocumentLock': { ms: 20, source: ASSUMED },
  'Lock.tryLock': { ms: 50, source: ASSUMED },
};
const OTHER_SHEETS_MS = 30;
const OTHER_MS = 5;

/** The limits the estimate keeps to, each with the Google page that states it. */
export const APPS_SCRIPT_LIMITS = {
  runSeconds: { value: 360, source: 'https://developers.google.com/apps-script/guides/services/quotas' },
  calendarEventsCreatedADay: {
    value: { workspace: 10000, consumer: 5000 },
    source: 'https://developers.google.com/apps-script/guides/services/quotas',
  },
  calendarRequestsPerMinutePerUser: {
    value: 600,
    source: 'https://developers.google.com/workspace/calendar/api/guides/quota',
  },
};

export function latencyOf(call: string): number {
  return LATENCY_TABLE[call]?.ms ?? (/^(Spreadsheet|Sheet|Range)/.test(call) ? OTHER_SHEETS_MS : OTHER_MS);
}

/** The table as the bench prints it. */
export function latencyReport(): Record<string, unknown> {
  return {
    note:
      `milliseconds per call kind, with each figure's source; any other SpreadsheetApp call ${OTHER_SHEETS_MS} ms ` +
      `(assumed), any other call ${OTHER_MS} ms (assumed); the script's own CPU is measured and added`,
    calls: LATENCY_TABLE,
    limits: APPS_SCRIPT_LIMITS,
  };
}

/**
 * The Workspace's latency hook for an Apps Script estimate: each call advances the virtual clock by its latency and by
 * the script's CPU since the previous call, so that the script's own clock (its time budget) sees both, as in Apps
 * Script. `on()` says whether it is timing.
 */
export function appsScriptClock(ws: () => Workspace, on: () => boolean): (call: string) => number {
  let last: number | null = null; // read at the first call: the Workspace is made with the hook
  return (call) => {
    ws().counter.timeServices = true;
    const now = scriptCpuMs(ws());
    const cpu = last === null ? 0 : now - last;
    last = now;
    return on() ? latencyOf(call) + cpu : 0;
  };
}

/** This process's CPU less the time inside the emulated services, in milliseconds. */
function scriptCpuMs(ws: Workspace): number {
  return cpuMs() - ws.counter.serviceMs;
}

/** One run's cost: the time on the script's clock (latency and CPU), and the script's own CPU apart. */
export interface RunCost {
  clockSeconds: number;
  scriptCpuSeconds: number;
  calendarCalls: number;
}

/** Runs `f` (one execution of the add-on) and measures what it would cost in Apps Script. */
export function measureRun<T>(ws: Workspace, f: () => T): { result: T; cost: RunCost } {
  const clock0 = ws.clock.now();
  const services0 = ws.counter.serviceMs;
  const calendar0 = ws.counter.total('Calendar');
  const cpu0 = cpuMs();
  const result = f();
  const cpu = cpuMs() - cpu0;
  return {
    result,
    cost: {
      clockSeconds: (ws.clock.now() - clock0) / 1000,
      scriptCpuSeconds: Math.max(0, cpu - (ws.counter.serviceMs - services0)) / 1000,
      calendarCalls: ws.counter.total('Calendar') - calendar0,
    },
  };
}

/**
 * A run's estimated seconds in Apps Script: its clock time (latency and the script's CPU, see appsScriptClock), and
 * never less than its calendar calls take at Calendar's 600 requests a minute per user.
 */
export function runSeconds(cost: RunCost): number {
  const perMinute = APPS_SCRIPT_LIMITS.calendarRequestsPerMinutePerUser.value;
  return Math.max(cost.clockSeconds, (cost.calendarCalls / perMinute) * 60);
}
