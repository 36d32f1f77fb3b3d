import { overviewOf, type OverviewRow } from '../../src/core/overview/overview';

const row = (id: string, unit: string, status: string, nextDue: string, warnings = ''): OverviewRow => ({
  id,
  unit,
  activity: `activity ${id}`,
  status,
  nextDue,
  warnings,
});

describe('overview', () => {
  const ov = overviewOf(
    [
      row('1.01', 'A', 'Орындалды', '2025-09-30'),
      row('1.02', 'A', '', '2025-09-30', 'w'),
      row('1.03', 'A', 'in progress', '2025-10-20'),
      row('1.04', 'A', 'Отменено', '2025-09-01', 'w'),
      row('2.01', 'B', 'Кешіктірілді', '2025-12-01'),
      row('2.02', 'B', 'planned', '2025-10-24'),
      row('2.03', 'B', 'planned', '2025-10-25'),
      row('', 'B', 'planned', '2025-10-11'),
    ],
    '2025-10-10',
  );

  test('per unit: counts by status, total, share done of the items not cancelled', () => {
    expect(ov.units.map((u) => [u.unit, u.total, u.counts.done, u.counts.cancelled, u.percentDone])).toEqual([
      ['A', 4, 1, 1, 33],
      ['B', 3, 0, 0, 0],
    ]);
  });

  test('overdue: open items whose next due date has passed, or marked late; done and cancelled never', () => {
    expect(ov.overdue.map((i) => i.id)).toEqual(['1.02', '2.01']);
    expect(ov.units.map((u) => u.overdue)).toEqual([1, 1]);
  });

  test('the next 14 days: open items due from today to 14 days on, soonest first', () => {
    expect(ov.next14.map((i) => i.id)).toEqual(['1.03', '2.02']);
  });

  test('warnings of cancelled items are not listed', () => {
    expect(ov.withWarnings.map((i) => i.id)).toEqual(['1.02']);
  });
});
