import { itemState } from '../../src/core/plan/item-state';
import { overviewOf, type OverviewRow } from '../../src/core/overview/overview';
import { overviewCells } from '../../src/core/overview/overview-sheet';

const TODAY = '2025-10-10';
const row = (
  id: string,
  unit: string,
  status: string,
  due: string[],
  warnings: string[] = [],
  doneOn = '',
): OverviewRow => ({
  id,
  unit,
  activity: `activity ${id}`,
  warnings,
  state: itemState({ schedule: { dueWorking: due, onDemand: false }, status, doneOn }, { today: TODAY }),
});

describe('overview', () => {
  const ov = overviewOf(
    [
      row('1.01', 'A', 'Орындалды', ['2025-09-30'], [], '2025-09-29'),
      row('1.02', 'A', '', ['2025-09-30'], ['w']),
      row('1.03', 'A', 'in progress', ['2025-10-20']),
      row('1.04', 'A', 'Отменено', ['2025-09-01'], ['w']),
      // a person's old "late" on an item whose date is ahead: its dates decide, the status stays theirs
      row('2.01', 'B', 'Кешіктірілді', ['2025-12-01']),
      row('2.02', 'B', 'planned', ['2025-10-24']),
      row('2.03', 'B', 'planned', ['2025-10-25']),
      row('2.04', 'B', 'Орындалуда', ['2025-09-15', '2025-10-03']),
      row('', 'B', 'planned', ['2025-10-11']),
    ],
    TODAY,
    ['ТО мамандары: «outsider@gmail.com» is outside edu.ektu.kz'],
  );

  test('per unit: counts by status (an open item past all its dates as overdue), share done of those not cancelled', () => {
    expect(
      ov.units.map((u) => [u.unit, u.total, u.counts.done, u.counts.cancelled, u.counts.late, u.percentDone]),
    ).toEqual([
      ['A', 4, 1, 1, 1, 33],
      ['B', 4, 0, 0, 1, 0],
    ]);
  });

  test('overdue: open items whose every date has passed, with the days late; done and cancelled never', () => {
    expect(ov.overdue.map((i) => [i.id, i.daysLate, i.nextDue])).toEqual([
      ['1.02', 10, '2025-09-30'],
      ['2.04', 7, '2025-10-03'],
    ]);
    expect(ov.units.map((u) => u.overdue)).toEqual([1, 1]);
  });

  test('the next 14 days: open items due from today to 14 days on, soonest first', () => {
    expect(ov.next14.map((i) => i.id)).toEqual(['1.03', '2.02']);
  });

  test('warnings of cancelled items are not listed; role warnings once', () => {
    expect(ov.withWarnings.map((i) => i.id)).toEqual(['1.02']);
    const cells = overviewCells(ov, 'kk').map((r) => r.join('|'));
    expect(cells.filter((c) => c.includes('outsider@gmail.com'))).toHaveLength(1);
  });

  test('the sheet writes dates as people do: the title and the lists in dd.MM.yyyy', () => {
    // A cell written "'1.02" holds the text 1.02 (the apostrophe keeps Sheets from reading a number or a date).
    const cells = overviewCells(ov, 'kk').map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
    expect(cells[0][0]).toBe('Шолу · 10.10.2025');
    expect(cells).toContainEqual(['1.02', 'activity 1.02', '30.09.2025', 'Жоспарланған', 10, '', '', '', '']);
  });
});
