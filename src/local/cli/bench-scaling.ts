/**
 * How the script's own CPU grows with the plan, for `npm run bench` (issue #22: linear runs). For plans of 1,000 to
 * 8,000 items (the embedded plan repeated with fresh ids, every role's email filled in): the CPU seconds of Set up (the
 * plan laid out on an empty spreadsheet), of the whole first sync (every run until it is finished, the next day's
 * included when the daily event cap stops a day) and of an unchanged re-sync; then, for each, the exponent k of the
 * least-squares fit cpu ≈ c·itemsᵏ on a log-log scale. Linear is 1; each must stay at most 1.1. The first sync runs
 * under Settings' default daily cap (a Workspace account's); the largest plan's first sync under a consumer account's
 * cap is printed beside it: its events take two days, and each day's run reads and plans the whole plan again, as the
 * nightly sync of that day would anyway, while the hourly runs in between return at once (src/gas/calendar/sync.ts).
 */
import { loadAddOn, type AddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { fillRoleEmails, scaled, setSetting } from './bench-plans';

const SIZES = [1000, 2000, 4000, 8000];
/** Settings calendarDailyEvents for a consumer account (Calendar allows 5,000 new events a day). */
const CONSUMER_CAP = 4500;

export function benchScaling(sizes = SIZES): Record<string, unknown> {
  const rows = sizes.map((n) => ({ items: n, ...cpuOf(n) }));
  const largest = sizes[sizes.length - 1];
  const consumer = cpuOf(largest, CONSUMER_CAP);
  const fit = (key: 'setUp' | 'firstSync' | 'unchangedResync') =>
    round(exponent(rows.map((r) => [r.items, r[key]] as [number, number])));
  return {
    note: 'CPU seconds of this process (the emulated services included), per run kind and plan size',
    sizes: rows.map((r) => ({
      ...r,
      setUp: round(r.setUp),
      firstSync: round(r.firstSync),
      unchangedResync: round(r.unchangedResync),
    })),
    exponents: { setUp: fit('setUp'), firstSync: fit('firstSync'), unchangedResync: fit('unchangedResync') },
    limit: 1.1,
    firstSyncUnderConsumerCap: {
      items: largest,
      calendarDailyEvents: CONSUMER_CAP,
      firstSync: round(consumer.firstSync),
      syncRuns: consumer.syncRuns,
    },
  };
}

function cpuOf(n: number, dailyCap?: number) {
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
  const addon = loadAddOn(ws);
  addon.onOpen({}); // warms the context's code, so the first measured step is not charged for it
  const setUp = cpuSeconds(() => {
    addon.josparImportPlan(
      scaled(n).map((i) => ({ ...i })),
      'bench',
    );
  });
  fillRoleEmails(ws);
  if (dailyCap) setSetting(ws, 'calendarDailyEvents', String(dailyCap));
  addon.josparRefreshDeadlines();
  let syncRuns = 0;
  const firstSync = cpuSeconds(() => (syncRuns = syncToTheEnd(ws, addon)));
  const unchangedResync = cpuSeconds(() => addon.josparSyncCalendar());
  return { setUp, firstSync, unchangedResync, syncRuns };
}

/** The first sync and its continuations as the hourly trigger runs them; a day passes when the daily cap stops one. */
function syncToTheEnd(ws: Workspace, addon: AddOn): number {
  let runs = 0;
  for (let finished = false; !finished && runs < 100; runs++) {
    const out = (runs === 0 ? addon.josparSyncCalendar() : addon.josparContinueSync()) as {
      finished: boolean;
      calendar: { created: number };
    };
    finished = out.finished;
    ws.clock.advance(out.calendar.created === 0 ? 24 * 3600 * 1000 : 3600 * 1000);
  }
  return runs;
}

function cpuSeconds(f: () => unknown): number {
  const before = process.cpuUsage();
  f();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1e6;
}

/** The slope of the least-squares line through (log x, log y). */
export function exponent(points: Array<[number, number]>): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
