/**
 * The one item state (src/core/plan/item-state.ts) and the execution report's counting of a period
 * (src/core/plan/period-counts.ts): each rule on small hand-made items, then a property over random items.
 */
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/core/calendar/dates';
import { itemState, UPCOMING_DAYS, type ItemStateInput } from '../../src/core/plan/item-state';
import { countItem, emptyCounts, OUTCOMES, periodCounts } from '../../src/core/plan/period-counts';

const item = (dueWorking: string[], status = '', doneOn = '', extra: Partial<ItemStateInput['schedule']> = {}) => ({
  schedule: { dueWorking, onDemand: false, ...extra },
  status,
  doneOn,
});

describe('itemState', () => {
  const once = ['2025-11-28'];
  const monthly = ['2025-09-20', '2025-10-20', '2025-11-20'];

  it('a single date: planned, due soon, due today, then overdue with the days late', () => {
    expect(itemState(item(once), { today: '2025-10-01' })).toMatchObject({ kind: 'planned', nextDue: '2025-11-28' });
    expect(itemState(item(once), { today: '2025-11-14' })).toMatchObject({ kind: 'due-soon', daysLeft: 14 });
    expect(itemState(item(once), { today: '2025-11-28' })).toMatchObject({ kind: 'due-today', daysLeft: 0 });
    expect(itemState(item(once), { today: '2025-12-01' })).toMatchObject({
      kind: 'overdue',
      nextDue: null,
      shownDue: '2025-11-28',
      lastMissed: '2025-11-28',
      daysLate: 3,
      why: 'all-dates-passed',
    });
  });

  it('keeps the status a person chose: in progress stays so until the date is near, done and cancelled end it', () => {
    expect(itemState(item(once, 'Орындалуда'), { today: '2025-10-01' }).kind).toBe('in-progress');
    expect(itemState(item(once, 'В работе'), { today: '2025-12-01' }).kind).toBe('overdue');
    expect(itemState(item(once, 'Тоқтатылды'), { today: '2025-12-01' })).toMatchObject({ kind: 'cancelled' });
    expect(itemState(item(once, 'Орындалды', '2025-11-20'), { today: '2025-12-01' })).toMatchObject({
      kind: 'done',
      doneOn: '2025-11-20',
      doneLate: false,
      daysLate: 0,
    });
    expect(itemState(item(once, 'done', '2025-12-05'), { today: '2025-12-10' })).toMatchObject({
      kind: 'done',
      doneLate: true,
      daysLate: 7,
      why: 'done-late',
    });
  });

  it('a done date after today is not done yet on that day', () => {
    expect(itemState(item(once, 'Орындалды', '2025-12-05'), { today: '2025-12-01' })).toMatchObject({
      kind: 'overdue',
      status: 'planned',
    });
  });

  it('a recurring item is overdue only once every date has passed; before, its next date is ahead', () => {
    expect(itemState(item(monthly), { today: '2025-11-10' })).toMatchObject({
      kind: 'due-soon',
      nextDue: '2025-11-20',
    });
    expect(itemState(item(monthly), { today: '2025-11-21' })).toMatchObject({ kind: 'overdue', daysLate: 1 });
  });

  it('on demand is never late; a whole-year item is ongoing until its date is near; no date keeps the status', () => {
    expect(itemState(item(once, '', '', { onDemand: true }), { today: '2026-01-01' }).kind).toBe('on-demand');
    const year = item(['2026-08-31'], '', '', { throughoutYear: true });
    expect(itemState(year, { today: '2026-03-02' })).toMatchObject({ kind: 'ongoing', why: 'whole-year' });
    expect(itemState(year, { today: '2026-08-20' }).kind).toBe('due-soon');
    expect(itemState(item([], 'Орындалуда'), { today: '2026-03-02' })).toMatchObject({
      kind: 'in-progress',
      why: 'no-date',
      shownDue: null,
    });
  });

  it('reads a date-time in Date done as its date, and an unknown status as planned', () => {
    expect(itemState(item(once, 'done', '2025-11-28T10:00:00'), { today: '2025-12-01' }).doneOn).toBe('2025-11-28');
    expect(itemState(item(once, 'whatever'), { today: '2025-12-01' }).kind).toBe('overdue');
  });
});

describe('periodCounts', () => {
  const monthly = ['2025-09-20', '2025-10-20', '2025-11-20', '2025-12-20'];
  const period = { start: '2025-09-01', end: '2025-12-31' };

  it('counts a recurring item once per occurrence in the period, as of the period end or today', () => {
    const counts = emptyCounts();
    countItem(item(monthly), period, '2025-11-01', counts);
    expect(counts).toMatchObject({ occurrences: 4, 'earlier-open': 2, 'not-yet-due': 2, overdue: 0 });
    const after = emptyCounts();
    countItem(item(monthly), period, '2026-02-01', after);
    expect(after).toMatchObject({ occurrences: 4, 'earlier-open': 3, overdue: 1 });
  });

  it('done, done late and cancelled', () => {
    const { counts, overdue } = periodCounts(
      [
        { id: '1.01', ...item(['2025-10-01'], 'done', '2025-09-30') },
        { id: '1.02', ...item(['2025-10-01'], 'done', '2025-10-03') },
        { id: '1.03', ...item(['2025-10-01'], 'cancelled') },
        { id: '1.04', ...item(['2025-10-01']) },
        // done after the period's end: overdue in a report about the period
        { id: '1.05', ...item(['2025-10-01'], 'done', '2026-01-10') },
      ],
      period,
      '2026-03-01',
    );
    expect(counts).toMatchObject({ done: 1, 'done-late': 1, cancelled: 1, overdue: 2, occurrences: 5 });
    expect(overdue.map((o) => o.id)).toEqual(['1.04', '1.05']);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2025-08-20', n));
  const input = fc.record({
    dueWorking: fc.uniqueArray(day, { maxLength: 6 }).map((a) => a.sort()),
    status: fc.constantFrom('', 'Жоспарланған', 'Орындалуда', 'Орындалды', 'Тоқтатылды', 'Мерзімі өткен', '??'),
    doneOn: fc.oneof(fc.constant(''), day),
    onDemand: fc.boolean(),
    throughoutYear: fc.boolean(),
  });

  it('a state agrees with its own dates, and the report up to a day lists exactly the overdue items of that day', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), day, (raw, today) => {
        const items = raw.map((r, i) => ({
          id: `1.${i + 1}`,
          ...item(r.dueWorking, r.status, r.doneOn, {
            onDemand: r.onDemand,
            throughoutYear: r.throughoutYear || undefined,
          }),
        }));
        const states = items.map((i) => itemState(i, { today }));
        for (const [i, s] of states.entries()) {
          const due = items[i].schedule.dueWorking;
          if (s.kind === 'overdue') {
            expect(due.every((d) => d < today)).toBe(true);
            expect(s.daysLate).toBe(daysBetween(s.lastMissed!, today));
          }
          if (s.kind === 'due-soon' || s.kind === 'due-today') {
            expect(s.nextDue! >= today && s.nextDue! <= addDays(today, UPCOMING_DAYS)).toBe(true);
            expect(due.filter((d) => d >= today)[0]).toBe(s.nextDue);
          }
          if (s.nextDue) expect(due).toContain(s.nextDue);
        }
        const report = periodCounts(items, { start: '2025-01-01', end: today }, today);
        expect(report.overdue.map((o) => o.id)).toEqual(
          items.filter((_, i) => states[i].kind === 'overdue').map((i) => i.id),
        );
        const total = OUTCOMES.reduce((n, o) => n + report.counts[o], 0);
        expect(total).toBe(report.counts.occurrences);
      }),
      { numRuns: 300 },
    );
  });
});
