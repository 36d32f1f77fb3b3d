/**
 * `npm run bench`: speed and cost, measured and reported (never asserted in tests).
 * - deadline texts parsed per second;
 * - for the embedded plan and a 2,000-item plan (the embedded one repeated with fresh ids): Set up, the first calendar
 *   sync and an unchanged re-run, with value reads and writes per sheet, calendar writes against the events needed,
 *   all service calls, and local wall time;
 * - mail (bench-mail.ts): the daily mail on the busiest day; sendEmail calls against messages; reads and writes
 *   per sheet.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { planYear } from '../../core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../core/calendar/holidays';
import { parseDeadline } from '../../core/deadline/engine';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { ensureBuilt, loadAddOn, type AddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { parseArgs } from './args';
import { benchMail } from './bench-mail';

export async function benchCommand(argv: string[]): Promise<number> {
  parseArgs(argv, [], ['json']);
  const report: Record<string, unknown> = {};

  const ctx = {
    year: planYear('2025-2026')!,
    calendar: DEFAULT_CALENDAR_2025_2026,
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'previous' as const,
  };
  const texts = [...new Set(PLAN_2025_2026.items.map((i) => i.deadline))];
  for (let i = 0; i < 2000; i++) parseDeadline(texts[i % texts.length], ctx);
  const n = 50000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parseDeadline(texts[i % texts.length], ctx);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report.deadlines = {
    parsed: n,
    distinctTexts: texts.length,
    seconds: round(seconds),
    perSecond: Math.round(n / seconds),
  };

  await ensureBuilt();
  for (const [label, items] of [
    ['embedded plan (127 items)', PLAN_2025_2026.items],
    ['2,000-item plan', scaled(2000)],
  ] as const) {
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    const addon = loadAddOn(ws);
    const setUp = measure(ws, () =>
      addon.josparImportPlan(
        items.map((i) => ({ ...i })),
        'bench',
      ),
    );
    // The bench measures cost, not the time budget: a run as long as it needs.
    setBudget(ws, '340');
    const firstSync = measure(ws, () => runSyncToEnd(addon, ws));
    const events = ws.calendars.calendars
      .filter((c) => c.id !== ws.calendars.defaultId)
      .reduce((s, c) => s + c.events.length, 0);
    const unchangedSync = measure(ws, () => addon.josparSyncCalendar());
    report[label] = { setUp, firstSync: { ...firstSync, eventsAndSeriesNeeded: events }, unchangedSync };
  }
  report.mail = benchMail([
    ['embedded plan (127 items)', PLAN_2025_2026.items],
    ['2,000-item plan', scaled(2000)],
  ]);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

function setBudget(ws: Workspace, seconds: string): void {
  const sheet = ws.spreadsheet.getSheetByName('Баптаулар')!;
  const keys = sheet
    .getDataRange()
    .getValues()
    .map((r) => r[0]);
  sheet.getRange(keys.indexOf('runBudgetSeconds') + 1, 2).setValue(seconds);
}

function runSyncToEnd(addon: AddOn, ws: Workspace): void {
  addon.josparSyncCalendar();
  // A sync stopped at its budget is continued by the hourly schedule, which this stands in for.
  for (let i = 0; i < 50 && ws.properties.document.has('jospar.schedule.continue:calendar'); i++)
    addon.josparContinueSync();
}

/** Event-level calendar writes: creating, moving and deleting events (not the setters that dress a new event). */
const EVENT_WRITES = [
  'Calendar.createAllDayEvent',
  'Calendar.createAllDayEventSeries',
  'CalendarEvent.setAllDayDate',
  'CalendarEventSeries.setRecurrence',
  'CalendarEvent.deleteEvent',
  'CalendarEventSeries.deleteEventSeries',
];

function measure(ws: Workspace, f: () => unknown) {
  ws.counter.reset();
  const t = Date.now();
  f();
  const perSheet: Record<string, { reads: number; writes: number }> = {};
  for (const [k, v] of ws.counter.perSheet) {
    const [kind, sheet] = k.split(/:(.*)/s, 2);
    perSheet[sheet] ??= { reads: 0, writes: 0 };
    perSheet[sheet][kind === 'read' ? 'reads' : 'writes'] = v;
  }
  return {
    seconds: round((Date.now() - t) / 1000),
    perSheet,
    calendarEventWrites: EVENT_WRITES.reduce((s, k) => s + (ws.counter.counts.get(k) ?? 0), 0),
    calendarWriteCalls: ws.counter.writes.get('calendar') ?? 0,
    propertyWrites: ws.counter.writes.get('properties') ?? 0,
    totalCalls: ws.counter.total(),
  };
}

/** The embedded plan repeated with fresh ids until it has `count` items. */
export function scaled(count: number) {
  const items = [];
  for (let i = 0; i < count; i++) {
    const base = PLAN_2025_2026.items[i % PLAN_2025_2026.items.length];
    const round = Math.floor(i / PLAN_2025_2026.items.length);
    items.push({ ...base, section: base.section + 4 * round });
  }
  return items;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
