/**
 * Which due dates get events: none for whole-year items, none for dates past at an item's first sync unless it is
 * overdue, and what was made stays.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { desiredEvents, type EventItem } from '../../src/core/calendar-sync/desired';
import { eventDates } from '../../src/core/calendar-sync/event-dates';
import { planSync, type KnownEvent } from '../../src/core/calendar-sync/sync-plan';
import { parseDeadline } from '../../src/core/deadline/engine';
import { expandRecurrence } from '../../src/core/calendar/rrule';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { itemId } from '../../src/core/plan/item-id';

const ctx = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(DAYS_OFF_2025_2026),
  policy: 'previous' as const,
};

function item(id: string, deadline: string, status = ''): EventItem {
  return {
    id,
    row: 2,
    unit: '1. ОПҰжМБ',
    activity: `Іс-шара ${id}`,
    responsible: 'ОПҰжМБ бастығы',
    deliverable: 'Есеп',
    deadline,
    status,
    doneOn: '',
    owners: [],
    schedule: parseDeadline(deadline, ctx),
  };
}

const options = (today: string, known: Map<string, KnownEvent> = new Map()) => ({
  lang: 'kk' as const,
  reminderDays: [7, 1],
  sheetUrl: 'https://x/edit#gid=1',
  today,
  known,
  fullName: () => null,
});

/** What a sync leaves known: every desired event as made (its key, fingerprints and first day). */
function made(events: ReturnType<typeof desiredEvents>['events']): Map<string, KnownEvent> {
  return new Map(
    events.map((e) => [
      e.key,
      {
        key: e.key,
        eventId: `id-${e.key}`,
        contentHash: e.contentHash,
        inviteHash: e.inviteHash,
        series: e.series ? 'series' : '',
        from: e.from,
      },
    ]),
  );
}

/** Every day the events show. */
const days = (events: ReturnType<typeof desiredEvents>['events']) =>
  events.flatMap((e) => (e.series ? expandRecurrence(e.date, e.series.recurrence) : [e.date])).sort();

describe('which dates get events', () => {
  it('gives whole-year items none, and an item past at its first sync only its latest date if overdue', () => {
    const t = '2025-10-01';
    const dates = ['2025-09-10', '2025-09-30', '2025-11-28'];
    expect(eventDates({ dates, throughoutYear: false, done: false, today: t, from: t })).toEqual({
      current: ['2025-11-28'],
      overdue: null,
    });
    const past = ['2025-09-10', '2025-09-30'];
    expect(eventDates({ dates: past, throughoutYear: false, done: false, today: t, from: t }).overdue).toBe(
      '2025-09-30',
    );
    expect(eventDates({ dates: past, throughoutYear: false, done: true, today: t, from: t }).overdue).toBeNull();
    expect(eventDates({ dates: ['2026-08-31'], throughoutYear: true, done: false, today: t, from: t })).toEqual({
      current: [],
      overdue: null,
    });
    // Events made before the rule ('' = no first day remembered) keep every date.
    expect(eventDates({ dates, throughoutYear: false, done: false, today: t, from: '' }).current).toEqual(dates);
  });

  it('leaves no pile on 31 August 2026: only items with a deadline of their own that day', () => {
    const items = PLAN_2025_2026.items.map((i) => ({
      ...item(itemId(i.section, i.no), i.deadline),
      activity: i.activity,
    }));
    const { events, noEvent } = desiredEvents(items, options('2025-09-01'));
    const yearRound = items.filter((i) => i.schedule.throughoutYear);
    expect(yearRound).toHaveLength(42);
    expect([...noEvent.keys()].sort()).toEqual(yearRound.map((i) => i.id).sort());
    expect([...noEvent.values()].every((r) => r === 'throughout-year')).toBe(true);
    const onLastDay = events.filter((e) => days([e]).includes('2026-08-31'));
    // Each has its own date that day: a date or month ending then, or a monthly rule's last instance.
    for (const e of onLastDay) {
      const s = items.find((i) => i.id === e.itemId)!.schedule;
      expect(s.throughoutYear).toBeUndefined();
      expect(s.dueWorking.length > 1 || s.windows.every((w) => w.start !== '2025-09-01')).toBe(true);
    }
    expect(onLastDay.length).toBeLessThan(10);
  });

  it('starts an item at its first sync, remembers that day, keeps what it made as days pass', () => {
    const monthly = item('1.24', 'Әр айдың 20-сына дейін');
    const late = item('1.02', '28.08.2025 ж. дейін');
    const doneLate = item('1.03', '28.08.2025 ж. дейін', 'Орындалды');
    const first = desiredEvents([monthly, late, doneLate], options('2025-10-01'));
    // 19 September had passed: the series starts on 20 October, eleven months.
    expect(days(first.events.filter((e) => e.itemId === '1.24'))).toEqual(
      monthly.schedule.dueWorking.filter((d) => d >= '2025-10-01'),
    );
    expect(first.events.find((e) => e.itemId === '1.24' && e.series)!.series!.rrule).toMatch(/COUNT=11$/);
    // Overdue and not done: its date stays in view. Done: nothing to show.
    expect(first.events.filter((e) => e.itemId === '1.02').map((e) => e.date)).toEqual(['2025-08-28']);
    expect(first.noEvent.get('1.03')).toBe('past');
    expect(first.events.every((e) => e.from === '2025-10-01')).toBe(true);

    // Months later, with what the first sync made: nothing to do, nothing dropped for being past.
    const known = made(first.events);
    const later = desiredEvents([monthly, late, doneLate], options('2026-03-15', known));
    expect(planSync(later.events, known)).toEqual([]);
    // The overdue item is done at last: its event stays, updated (greyed, marked), not deleted.
    const finished = desiredEvents([monthly, { ...late, status: 'Орындалды' }, doneLate], options('2026-03-15', known));
    expect(planSync(finished.events, known).map((a) => [a.kind, a.kind === 'delete' ? a.key : a.event.key])).toEqual([
      ['update', '1.02#1'],
    ]);
    // A date removed from the plan is deleted, past or not: the calendar follows the plan.
    const shorter = { ...monthly, schedule: parseDeadline('2025 ж. қазан', ctx) };
    const actions = planSync(desiredEvents([shorter, late, doneLate], options('2026-03-15', known)).events, known);
    expect(actions.filter((a) => a.kind === 'delete').map((a) => (a.kind === 'delete' ? a.key : ''))).toEqual([
      '1.24#series',
    ]);
  });

  it('keeps a calendar made before this rule as it is: no change for events without a first day', () => {
    const monthly = item('1.24', 'Әр айдың 20-сына дейін');
    const legacy = desiredEvents([monthly], { ...options('2025-09-01'), today: '2025-09-01' });
    const known = new Map([...made(legacy.events)].map(([k, v]) => [k, { ...v, from: '' }]));
    const now = desiredEvents([monthly], options('2026-03-15', known));
    expect(days(now.events)).toEqual(monthly.schedule.dueWorking);
    expect(now.events.map((e) => e.key).sort()).toEqual([...known.keys()].sort());
  });
});
