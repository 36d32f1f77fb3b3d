/**
 * `npm run bench`: speed and cost, measured and reported (never asserted in tests).
 * - deadline texts parsed per second (the 65 texts of the plan and generated variants);
 * - Set up on the embedded plan and on a 2,000-item plan: reads and writes per sheet, calls per method, wall time;
 * - an unchanged second Set up: writes (should be 0).
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { planYear } from '../../core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../core/calendar/holidays';
import { parseDeadline } from '../../core/deadline/engine';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { ensureBuilt, loadAddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { parseArgs } from './args';

export async function benchCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['json']);
  const report: Record<string, unknown> = {};

  const ctx = { year: planYear('2025-2026')!, calendar: DEFAULT_CALENDAR_2025_2026, daysOff: new Set(DAYS_OFF_2025_2026), policy: 'previous' as const };
  const texts = [...new Set(PLAN_2025_2026.items.map((i) => i.deadline))];
  for (let i = 0; i < 2000; i++) parseDeadline(texts[i % texts.length], ctx);
  const n = 50000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parseDeadline(texts[i % texts.length], ctx);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  report.deadlines = { parsed: n, distinctTexts: texts.length, seconds: round(seconds), perSecond: Math.round(n / seconds) };

  await ensureBuilt();
  for (const [label, items] of [['embedded plan (127 items)', PLAN_2025_2026.items], ['2,000-item plan', scaled(2000)]] as const) {
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    const addon = loadAddOn(ws);
    const t1 = Date.now();
    addon.josparImportPlan(items.map((i) => ({ ...i })), 'bench');
    const first = { seconds: (Date.now() - t1) / 1000, setValues: ws.counter.counts.get('Range.setValues') ?? 0, getValues: ws.counter.counts.get('Range.getValues') ?? 0, totalCalls: ws.counter.total(), sheetWrites: Object.fromEntries(ws.counter.writes) };
    ws.counter.reset();
    const t2 = Date.now();
    addon.josparImportPlan(items.map((i) => ({ ...i })), 'bench');
    const second = { seconds: (Date.now() - t2) / 1000, setValues: ws.counter.counts.get('Range.setValues') ?? 0, getValues: ws.counter.counts.get('Range.getValues') ?? 0, totalCalls: ws.counter.total() };
    report[label] = { firstSetUp: { ...first, seconds: round(first.seconds) }, unchangedSecondSetUp: { ...second, seconds: round(second.seconds) } };
  }

  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
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

function round(x: number): number { return Math.round(x * 1000) / 1000; }
