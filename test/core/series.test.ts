import ICAL from 'ical.js';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { expandRecurrence, expandRule } from '../../src/core/calendar/rrule';
import { seriesFor } from '../../src/core/calendar-sync/series';
import { parseDeadline } from '../../src/core/deadline/engine';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';

/** What ical.js makes of a series: another reader of the same lines. */
function icalDates(start: string, recurrence: string[]): string[] {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:x',
    `DTSTART;VALUE=DATE:${start.replace(/-/g, '')}`,
    ...recurrence,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next; next = it.next()) out.push(next.toString());
  return out.sort();
}

describe('series', () => {
  for (const policy of ['previous', 'next', 'none'] as const)
    it(`gives exactly the working-day dates of every regular item of the plan, read alike by ical.js (${policy})`, () => {
      const ctx = {
        year: planYear('2025-2026')!,
        calendar: DEFAULT_CALENDAR_2025_2026,
        daysOff: new Set(DAYS_OFF_2025_2026),
        policy,
      };
      let series = 0;
      for (const item of PLAN_2025_2026.items) {
        const s = parseDeadline(item.deadline, ctx);
        const plan = seriesFor(s.rrule, s.due[0] ?? '', s.dueWorking);
        if (!s.rrule) {
          expect(plan).toBeNull();
          continue;
        }
        expect(plan).not.toBeNull();
        series++;
        const shown = [...plan!.before, ...expandRecurrence(plan!.start, plan!.recurrence)];
        expect(shown).toEqual(s.dueWorking);
        expect([...plan!.before, ...icalDates(plan!.start, plan!.recurrence)]).toEqual(s.dueWorking);
      }
      expect(series).toBe(8);
    });

  it('keeps dates off the series when the first ones are past (left out by the caller)', () => {
    const dates = expandRule('2025-09-30', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12').slice(3);
    const plan = seriesFor('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12', '2025-09-30', dates)!;
    expect(plan.start).toBe(dates[0]);
    expect(expandRecurrence(plan.start, plan.recurrence)).toEqual(dates);
  });

  it('stays single events when more than half the dates would be exceptions, or there is no rule', () => {
    const rule = 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4';
    expect(seriesFor(rule, '2025-09-15', ['2025-09-15', '2025-10-14', '2025-11-14', '2025-12-12'])).toBeNull();
    expect(seriesFor(null, '2025-09-15', ['2025-09-15', '2025-10-15'])).toBeNull();
    expect(seriesFor(rule, '2025-09-15', ['2025-09-15'])).toBeNull();
  });
});

describe('rrule', () => {
  it('counts DTSTART as the first instance, and stops at COUNT or UNTIL', () => {
    expect(expandRule('2025-10-03', 'FREQ=WEEKLY;BYDAY=FR;COUNT=3')).toEqual([
      '2025-10-03',
      '2025-10-10',
      '2025-10-17',
    ]);
    expect(expandRule('2025-10-03', 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20251017')).toHaveLength(3);
    expect(expandRule('2025-10-01', 'FREQ=DAILY;INTERVAL=10;COUNT=3')).toEqual([
      '2025-10-01',
      '2025-10-11',
      '2025-10-21',
    ]);
  });

  it('refuses what it cannot read rather than guess', () => {
    for (const bad of [
      'FREQ=YEARLY',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=MONTHLY;COUNT=2;UNTIL=20260101',
      'FREQ=MONTHLY;X=1',
    ])
      expect(() => expandRule('2025-10-01', bad)).toThrow(/Invalid recurrence rule/);
  });
});
