import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { parseDeadline } from '../../src/core/deadline/engine';
import type { Conventions, DeadlineContext } from '../../src/core/deadline/types';
import { readSettings } from '../../src/core/sheets/settings';

const ctx: DeadlineContext = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(),
  policy: 'none',
};
const with_ = (c: Partial<Conventions>) => ({ ...ctx, conventions: c });

describe('conventions a department may set differently', () => {
  it('a month: its last day by default, or a given day', () => {
    expect(parseDeadline('2025 ж. қыркүйек', ctx).due).toEqual(['2025-09-30']);
    expect(parseDeadline('2025 ж. қыркүйек', with_({ monthDueDay: 25 })).due).toEqual(['2025-09-25']);
    expect(parseDeadline('2026 ж. ақпан', with_({ monthDueDay: 31 })).due).toEqual(['2026-02-28']);
    expect(parseDeadline('2026 ж. мамыр - маусым', with_({ monthDueDay: 10 })).due).toEqual(['2026-06-10']);
    // The window stays the whole month.
    expect(parseDeadline('2025 ж. қыркүйек', with_({ monthDueDay: 25 })).windows).toEqual([
      { start: '2025-09-01', end: '2025-09-30' },
    ]);
  });

  it('"monthly" with no day: each month\'s last day, or a given day; a day written in the text wins', () => {
    const s = parseDeadline('Ай сайын', with_({ monthlyDueDay: 5 }));
    expect(s.due[0]).toBe('2025-09-05');
    expect(s.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=5;COUNT=12');
    expect(parseDeadline('Әр айдың 20-сына дейін', with_({ monthlyDueDay: 5 })).due[0]).toBe('2025-09-20');
  });

  it('the whole year: due at its end, or only a window', () => {
    const s = parseDeadline('Оқу жылы бойы', with_({ wholeYearDue: 'none' }));
    expect(s.due).toEqual([]);
    expect(s.windows).toEqual([{ start: '2025-09-01', end: '2026-08-31' }]);
    expect(s.errors).toEqual([]);
    // "At the end of the academic year" is a date of its own, whatever the convention.
    expect(parseDeadline('оқу жылының соңында', with_({ wholeYearDue: 'none' })).due).toEqual(['2026-08-31']);
  });

  it('during a period: its end, or its start; before a period: so many days before it starts', () => {
    expect(parseDeadline('Ликвидациялық кезеңде', with_({ periodDue: 'start' })).due).toEqual([
      '2026-01-05',
      '2026-06-01',
    ]);
    expect(parseDeadline('Емтихан сессиялары басталар алдында', with_({ daysBefore: 7 })).due).toEqual([
      '2025-12-08',
      '2026-05-04',
    ]);
  });
});

describe('conventions of the new kinds', () => {
  it('a range of days: one window, due at its end, or at its start', () => {
    const s = parseDeadline('15 қыркүйек – 20 қазан', ctx);
    expect(s.due).toEqual(['2025-10-20']);
    expect(s.windows).toEqual([{ start: '2025-09-15', end: '2025-10-20' }]);
    expect(parseDeadline('15 қыркүйек – 20 қазан', with_({ rangeDue: 'start' })).due).toEqual(['2025-09-15']);
  });

  it('a date without a year falls in the plan year; a range is placed by its end', () => {
    expect(parseDeadline('до 15.10', ctx).due).toEqual(['2025-10-15']);
    expect(parseDeadline('до 15.05', ctx).due).toEqual(['2026-05-15']);
    expect(parseDeadline('Aug 20 – Dec 11', ctx).windows).toEqual([{ start: '2025-08-20', end: '2025-12-11' }]);
    // The summer holidays run to the next academic year's start: placed where they overlap the plan year most.
    expect(parseDeadline('28.06 - 05.09', ctx).windows).toEqual([{ start: '2026-06-28', end: '2026-09-05' }]);
    // A year carried from a list wins over the overlap.
    expect(parseDeadline('2025 ж. қазан, 28.06 - 05.09', ctx).due).toEqual(['2025-10-31', '2026-09-05']);
  });

  it('a quarter is a calendar quarter placed by its last month in the plan year', () => {
    expect(parseDeadline('I квартал', ctx).windows).toEqual([{ start: '2026-01-01', end: '2026-03-31' }]);
    expect(parseDeadline('IV тоқсан', ctx).due).toEqual(['2025-12-31']);
  });
});

describe('the conventions in Settings', () => {
  it('reads them, and falls back to the default with a problem where a value is unusable', () => {
    const s = readSettings(
      new Map([
        ['monthDueDay', '25'],
        ['monthlyDueDay', 'last'],
        ['wholeYearDue', 'NONE'],
        ['periodDue', 'whenever'],
        ['daysBefore', '-3'],
        ['yearStartMonth', '13'],
        ['numericDateOrder', 'month-day'],
      ]),
    );
    expect(s.conventions).toEqual({
      monthDueDay: 25,
      monthlyDueDay: 'last',
      wholeYearDue: 'none',
      periodDue: 'end',
      daysBefore: 1,
      rangeDue: 'end',
      yearStartMonth: 9,
      numericDateOrder: 'month-day',
    });
    expect(s.problems.join(' ')).toMatch(/periodDue/);
    expect(s.problems.join(' ')).toMatch(/daysBefore/);
    expect(s.problems.join(' ')).toMatch(/yearStartMonth/);
    expect(readSettings(new Map()).conventions).toEqual({
      monthDueDay: 'last',
      monthlyDueDay: 'last',
      wholeYearDue: 'end',
      periodDue: 'end',
      daysBefore: 1,
      rangeDue: 'end',
      yearStartMonth: 9,
      numericDateOrder: 'day-month',
    });
  });
});

describe('the plan year and the order of numbers (#23)', () => {
  const read = (text: string, conventions: Partial<Conventions> = {}) => parseDeadline(text, { ...ctx, conventions });
  const codes = (text: string, conventions: Partial<Conventions> = {}) =>
    read(text, conventions).warnings.map((w) => w.code);

  it('places a date with no year in the year that starts in yearStartMonth, and says when a date is outside it', () => {
    expect(read('27 августа').due).toEqual(['2026-08-27']);
    expect(read('27 августа', { yearStartMonth: 8 }).due).toEqual(['2025-08-27']);
    expect(read('ай сайын', { yearStartMonth: 8 }).due[0]).toBe('2025-08-31');
    expect(codes('28.08.2025 ж. дейін')).toEqual(['outside-plan-year']);
    expect(codes('28.08.2025 ж. дейін', { yearStartMonth: 8 })).toEqual([]);
  });

  it('reads "next academic year" a year on, and says it is outside this one', () => {
    const s = read('до 15 ноября следующего учебного года');
    expect(s.due).toEqual(['2026-11-15']);
    expect(s.warnings.map((w) => w.code)).toEqual(['outside-plan-year']);
    expect(read('келесі оқу жылының 15 қарашасына дейін').due).toEqual(['2026-11-15']);
  });

  it('reads 03/04/2026 in English day-month with a warning, or month-day where the Settings say so', () => {
    expect(read('03/04/2026').due).toEqual(['2026-04-03']);
    expect(codes('03/04/2026')).toEqual(['ambiguous-date-order']);
    expect(read('03/04/2026', { numericDateOrder: 'month-day' }).due).toEqual(['2026-03-04']);
    expect(codes('03/04/2026', { numericDateOrder: 'month-day' })).toEqual([]);
    expect(read('03/15/2026').due).toEqual(['2026-03-15']);
    expect(codes('03/15/2026')).toEqual(['ambiguous-date-order']);
    // Cyrillic text and an unambiguous day are read day-month with nothing to say.
    expect(codes('до 03/04/2026')).toEqual([]);
    expect(codes('28/08/2026')).toEqual([]);
  });

  it('bounds a recurrence by the months beside it', () => {
    const s = read('еженедельно по пятницам с октября по апрель');
    expect([s.due.length, s.due[0], s.due[s.due.length - 1]]).toEqual([30, '2025-10-03', '2026-04-24']);
    expect(s.rrule).toBe('FREQ=WEEKLY;BYDAY=FR;COUNT=30');
  });
});
