/**
 * The one item state's cost, for `npm run bench`: every item's state (src/core/plan/item-state.ts) computed for every
 * day of the plan year, on plans of 127 and 5,000 items, their deadlines parsed once beforehand (not counted). The
 * cost per item must not grow with the plan: it is linear.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { addDays, planYear } from '../../core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../core/calendar/holidays';
import { parseDeadline } from '../../core/deadline/engine';
import { horizonOf, itemState } from '../../core/plan/item-state';
import type { PlanItem } from '../../core/plan/types';

const STATUSES = ['', 'Жоспарланған', 'Орындалуда', 'Орындалды', 'Тоқтатылды'];

export function benchItemState(plans: Array<[string, readonly PlanItem[]]>): Record<string, unknown> {
  const year = planYear('2025-2026')!;
  const ctx = {
    year,
    calendar: DEFAULT_CALENDAR_2025_2026,
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'previous' as const,
  };
  const out: Record<string, unknown> = {};
  for (const [label, items] of plans) {
    const inputs = items.map((item, i) => ({
      schedule: parseDeadline(item.deadline, ctx),
      status: STATUSES[i % STATUSES.length],
      doneOn: i % STATUSES.length === 3 ? '2026-01-15' : '',
    }));
    // Warmed up first (a month of days, not counted), so the first plan measured is not paying for the JIT.
    for (let day = year.start; day < addDays(year.start, 30); day = addDays(day, 1))
      for (const input of inputs) itemState(input, { today: day });
    let states = 0;
    let overdue = 0;
    const t0 = process.hrtime.bigint();
    for (let day = year.start; day <= year.end; day = addDays(day, 1)) {
      const today = { today: day, horizon: horizonOf(day) };
      for (const input of inputs) {
        if (itemState(input, today).kind === 'overdue') overdue++;
        states++;
      }
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    out[label] = {
      items: items.length,
      days: states / items.length,
      states,
      overdueStates: overdue,
      microsecondsPerState: Math.round((seconds / states) * 1e7) / 10,
      millisecondsPerDayForAllItems: Math.round(((seconds * 1000) / (states / items.length)) * 100) / 100,
    };
  }
  return out;
}
