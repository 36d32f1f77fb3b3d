import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { calendarEstimate, shiftYears } from '../../src/core/calendar/calendar-estimate';
import { daysBetween, planYear, weekday } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { daysOffFor } from '../../src/core/calendar/year-days-off';
import { readSettings } from '../../src/core/sheets/settings';

describe('days off and the calendar estimate of any academic year', () => {
  it('2026-2027: the law’s fixed holidays, its carry-over rule and Kurban Ait from the table (checked by hand)', () => {
    // Law "On holidays", art. 5; weekdays checked against a calendar:
    // 25.10.2026 Republic Day is a Sunday → carried to Monday 26.10. 16.12.2026 Independence Day is a Wednesday.
    // 1.01.2027 Friday; 2.01.2027 Saturday → carried to Monday 4.01. 7.01.2027 Thursday (never carried anyway).
    // 8.03.2027 Monday. Nauryz: 21.03.2027 Sunday → carried past 22 and 23 (holidays themselves) to Wednesday 24.03.
    // 1.05.2027 Saturday → Monday 3.05. 7.05.2027 Friday. 9.05.2027 Sunday → Monday 10.05.
    // Kurban Ait day 1: 16.05.2027 (Sunday; never carried). 6.07.2027 Capital Day, Tuesday.
    // 30 August is no longer a holiday from 2026 (domain notes), and would fall after the year anyway.
    expect(daysOffFor(planYear('2026-2027')!)).toEqual([
      '2026-10-26',
      '2026-12-16',
      '2027-01-01',
      '2027-01-04',
      '2027-01-07',
      '2027-03-08',
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-05-03',
      '2027-05-07',
      '2027-05-10',
      '2027-05-16',
      '2027-07-06',
    ]);
  });

  it('keeps the government’s own list for 2025-2026', () => {
    expect(daysOffFor(planYear('2025-2026')!)).toEqual(DAYS_OFF_2025_2026);
  });

  it('takes Kurban Ait from the editable table', () => {
    expect(daysOffFor(planYear('2027-2028')!, ['2028-05-06'])).toContain('2028-05-06');
    expect(daysOffFor(planYear('2027-2028')!, ['2028-05-06'])).not.toContain('2028-05-05');
  });

  it('Settings listing only another year’s days off: the computed ones for the Settings year stand in', () => {
    const s = readSettings(new Map([['academicYear', '2026-2027']]));
    expect(s.daysOff).toContain('2027-03-24');
    const told = readSettings(
      new Map([
        ['academicYear', '2026-2027'],
        ['daysOff', DAYS_OFF_2025_2026.join(', ')],
      ]),
    );
    expect(told.daysOff).toContain('2026-12-16');
    expect(told.problems.join(' ')).toMatch(/daysOff: 2026-2027 → computed/);
  });

  it('moves the academic calendar estimate on by whole years, each period still Monday to Saturday', () => {
    const cal = calendarEstimate(planYear('2026-2027')!);
    // 1 September stays (the law's first day of the year); 13.12.2026 would be a Sunday, 15.06.2027 a Tuesday.
    expect(cal.find((p) => p.id === 'ap-1')).toMatchObject({ start: '2026-09-01', end: '2026-12-12' });
    expect(cal.find((p) => p.id === 'exam-1')).toMatchObject({ start: '2026-12-14', end: '2027-01-02' });
    expect(cal.find((p) => p.id === 'sum-1')).toMatchObject({ start: '2027-06-14', end: '2027-07-24' });
    for (const years of [-3, -1, 1, 2, 3, 5, 8, 11]) {
      const moved = calendarEstimate(planYear(`${2025 + years}-${2026 + years}`)!);
      for (const [i, p] of DEFAULT_CALENDAR_2025_2026.entries()) {
        const q = moved[i];
        for (const k of ['start', 'end'] as const) {
          if (p[k].endsWith('-09-01')) expect(q[k]).toBe(`${2025 + years}-09-01`);
          else expect(weekday(q[k])).toBe(weekday(p[k]));
          expect(Math.abs(daysBetween(shiftYears(p[k], years), q[k]))).toBeLessThanOrEqual(3);
        }
        expect(q.start <= q.end).toBe(true);
      }
    }
  });
});
