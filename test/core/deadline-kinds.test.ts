/**
 * The kinds of deadline language of issue #10, one block each, read against the default 2025-2026 calendar and the
 * Kazakh days off. Expected dates are worked out by hand from the calendar (academic-calendar.ts) and holidays.ts.
 */
import fc from 'fast-check';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { addDays, isIsoDate, planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';
import type { DeadlineContext } from '../../src/core/deadline/types';

const ctx: DeadlineContext = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(DAYS_OFF_2025_2026),
  policy: 'previous',
};
const read = (text: string) => parseDeadline(text, ctx);

/** Reads a phrase and checks its due dates, that it has no error and no warning. */
function expectClean(text: string, due: string[]) {
  const s = read(text);
  expect({ text, due: s.due, warnings: s.warnings, errors: s.errors }).toEqual({ text, due, warnings: [], errors: [] });
  return s;
}

describe('1. day ranges: one window, due at its end', () => {
  it.each([
    ['15 қыркүйек – 20 қазан', '2025-09-15', '2025-10-20'],
    ['10-нан 25 қарашаға дейін', '2025-11-10', '2025-11-25'],
    ['с 5 по 20 апреля', '2026-04-05', '2026-04-20'],
    ['from 20 December to 15 January', '2025-12-20', '2026-01-15'],
    ['01.09.2025 – 15.09.2025', '2025-09-01', '2025-09-15'],
    ['December 18-January 30', '2025-12-18', '2026-01-30'],
    ['March 3-7', '2026-03-03', '2026-03-07'],
    ['2025 ж. 15 қыркүйек – 2026 ж. 20 қаңтар', '2025-09-15', '2026-01-20'],
    ['с 1 сентября по 15 октября 2025 года', '2025-09-01', '2025-10-15'],
  ])('%s', (text, start, end) => {
    expect(expectClean(text, [end]).windows).toEqual([{ start, end }]);
  });

  it('reports an impossible end as an error, never a moved date', () => {
    const s = read('1 ақпан – 30 ақпан');
    expect(s.due).toEqual([]);
    expect(s.errors[0].code).toBe('impossible-date');
  });
});

describe('2. dates without a year: in the plan year', () => {
  it.each([
    ['до 15.10', '2025-10-15'],
    ['30.04-ке дейін', '2026-04-30'],
    ['до 10.11. текущего года', '2025-11-10'],
    ['20.09.2025ж.-ге дейін', '2025-09-20'],
    ['1st of October', '2025-10-01'],
  ])('%s', (text, date) => void expectClean(text, [date]));
});

describe('3. a yearly phrase with a date: that date only', () => {
  it.each([
    ['жыл сайын 1 наурызға дейін', '2026-03-01'],
    ['ежегодно до 15 мая', '2026-05-15'],
    ['annually by 30 June', '2026-06-30'],
  ])('%s', (text, date) => void expectClean(text, [date]));

  it('alone, it is the year end as before', () => void expectClean('жыл сайын', ['2026-08-31']));
});

describe('4. month ends and first days in words', () => {
  it('the last working day of each month skips weekends and days off', () => {
    const s = expectClean('айдың соңғы жұмыс күні', [
      '2025-09-30',
      '2025-10-31',
      '2025-11-28',
      '2025-12-31',
      '2026-01-30',
      '2026-02-27',
      '2026-03-31',
      '2026-04-30',
      '2026-05-29',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
    ]);
    expect(s.rrule).toBeNull();
    expect(read('последний рабочий день месяца').due).toEqual(s.due);
  });

  it('the first working day of each month', () => {
    const s = read('the first working day of each month');
    expect(s.due.slice(0, 5)).toEqual(['2025-09-02', '2025-10-01', '2025-11-03', '2025-12-01', '2026-01-05']);
  });

  it('"до конца октября": the month\'s last day whatever monthDueDay says', () => {
    expect(parseDeadline('до конца октября', { ...ctx, conventions: { monthDueDay: 10 } }).due).toEqual(['2025-10-31']);
  });
});

describe('5. quarters', () => {
  it.each(['тоқсанда бір рет', 'раз в квартал', 'once a quarter'])('%s: each quarter end', (text) => {
    expectClean(text, ['2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30']);
  });

  it.each([
    ['III тоқсан', '2025-07-01', '2025-09-30'],
    ['ІІІ тоқсан', '2025-07-01', '2025-09-30'], // Kazakh "І"
    ['за IV кв.', '2025-10-01', '2025-12-31'],
    ['I квартал', '2026-01-01', '2026-03-31'],
    ['III-IV тоқсан', '2025-07-01', '2025-12-31'],
    ['2026 жылдың I тоқсаны', '2026-01-01', '2026-03-31'],
    ['в I квартале 2026 г.', '2026-01-01', '2026-03-31'],
    ['Q1 2026', '2026-01-01', '2026-03-31'],
  ])('%s: that quarter', (text, start, end) => {
    expect(expectClean(text, [end]).windows).toEqual([{ start, end }]);
  });

  it.each([
    'quarterly, by the 10th of the month after the quarter',
    'ежеквартально не позднее 10 числа месяца, следующего за отчетным кварталом',
    'тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-на дейін',
  ])('%s: one date a quarter, not every month', (text) => {
    expect(expectClean(text, ['2025-10-10', '2026-01-10', '2026-04-10', '2026-07-10']).rrule).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10;COUNT=4',
    );
  });
});

describe('6. English ordinals', () => {
  it('by the 25th of each month', () => {
    const s = expectClean('by the 25th of each month', [
      '2025-09-25',
      '2025-10-25',
      '2025-11-25',
      '2025-12-25',
      '2026-01-25',
      '2026-02-25',
      '2026-03-25',
      '2026-04-25',
      '2026-05-25',
      '2026-06-25',
      '2026-07-25',
      '2026-08-25',
    ]);
    expect(s.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12');
  });
});

describe('7. offsets from a period', () => {
  // Exam sessions: 2025-12-15…2026-01-03 and 2026-05-11…2026-05-30; summer semester from 2026-06-15.
  it.each([
    ['сессия басталуына 5 күн бұрын', ['2025-12-10', '2026-05-06']],
    ['бір апта бұрын сессия басталуына дейін', ['2025-12-08', '2026-05-04']],
    ['за 3 рабочих дня до начала сессии', ['2025-12-10', '2026-05-05']], // 7 and 8 May: 7 May is a day off
    ['5 working days before the start of the exam session', ['2025-12-08', '2026-04-30']],
    ['за месяц до начала летнего семестра', ['2026-05-15']],
    ['сессия аяқталғаннан кейін 5 күн ішінде', ['2026-01-08', '2026-06-04']],
    ['not later than seven days after the last day of the examination period', ['2026-01-10', '2026-06-06']],
    // Spring academic period: 2026-01-26…2026-05-09; "before the end" counts from the end, not the start.
    ['көктемгі семестр аяқталғанға дейін 2 апта бұрын', ['2026-04-25']],
    ['at least 2 weeks before the summer semester', ['2026-06-01']],
  ])('%s', (text, due) => {
    const s = expectClean(text, due);
    expect(s.offsets?.length).toBe(due.length);
  });

  it('"басталуына дейін" is before the start, never the period\'s end', () => {
    expectClean('емтихан сессиясы басталуына дейін', ['2025-12-14', '2026-05-10']);
  });
});

describe('8. which period', () => {
  it.each([
    ['қысқы емтихан сессиясы кезінде', ['2026-01-03']],
    ['зимняя сессия', ['2026-01-03']],
    ['көктемгі сессия аяқталғаннан кейін', ['2026-05-30']],
    ['летняя экзаменационная сессия', ['2026-05-30']],
    ['осенний семестр', ['2025-12-13']],
    ['fall semester', ['2025-12-13']],
    ['1-ші академиялық кезеңнің соңында', ['2025-12-13']],
    ['2-ші академиялық кезең басталғанға дейін', ['2026-01-25']],
  ])('%s', (text, due) => void expectClean(text, due));
});

describe('9. qualifiers are understood', () => {
  it.each([
    ['2025 ж. 15 қазаннан кешіктірмей', '2025-10-15'],
    ['не позднее 15 октября 2025 г.', '2025-10-15'],
    ['no later than 15 October', '2025-10-15'],
    ['not later than 1 December', '2025-12-01'],
    ['оқу жылы ішінде', '2026-08-31'],
  ])('%s', (text, date) => void expectClean(text, [date]));
});

describe('10. event-relative and personal phrases: on demand, no dates', () => {
  it.each([
    'бұйрық шыққан күннен бастап бір ай ішінде',
    'within 10 days of the order',
    'при поступлении',
    'шығу кезінде',
    'по запросу',
    'хаттама жобасын жібергеннен кейін 5 (бес) жұмыс күнінен аспайтын мерзімде',
  ])('%s', (text) => {
    const s = read(text);
    expect({ onDemand: s.onDemand, due: s.due, warnings: s.warnings, errors: s.errors }).toEqual({
      onDemand: true,
      due: [],
      warnings: [],
      errors: [],
    });
  });
});

describe('11. ongoing', () => {
  it.each(['тұрақты түрде', 'үнемі', 'постоянно', 'весь период', 'ongoing'])('%s: like the whole year', (text) => {
    expect(expectClean(text, ['2026-08-31']).windows).toEqual([{ start: '2025-09-01', end: '2026-08-31' }]);
  });

  it.each(['оқу жылының соңына дейін', 'до конца учебного года'])(
    "%s: the year's last day",
    (text) => void expectClean(text, ['2026-08-31']),
  );
});

describe('12. no silent misses', () => {
  it.each(['2025-2026 оқу жылы', 'бірдеңе жасау', '(4 күн)'])('%s: an error on the row', (text) => {
    const s = read(text);
    expect(s.due).toEqual([]);
    expect(s.errors[0].code).toBe('not-understood');
  });

  it('a period that cannot be placed is said, not dated quietly', () => {
    const s = read('Салық кезеңінен кейінгі айдын 20 күнінен кешіктірмей');
    expect(s.warnings.length + s.errors.length).toBeGreaterThan(0);
  });
});

describe('weekly on a named day', () => {
  it.each(['every Monday', 'по понедельникам', 'дүйсенбі сайын'])('%s', (text) => {
    const s = read(text);
    expect(s.due[0]).toBe('2025-09-01');
    expect(s.due).toHaveLength(53);
    expect(s.rrule).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=53');
  });
});

describe('any input built from the new words', () => {
  const words = fc.constantFrom(
    '15',
    'қыркүйек',
    '–',
    '20',
    'қазан',
    '10-нан',
    'с',
    'по',
    'from',
    'to',
    'December',
    '30.04-ке',
    '31.02',
    '29.02',
    'до',
    'жыл',
    'сайын',
    'айдың',
    'соңғы',
    'жұмыс',
    'күні',
    'III',
    'ІV',
    'тоқсан',
    'кв.',
    '25th',
    'of',
    'each',
    'month',
    'сессия',
    'басталуына',
    '5',
    'күн',
    'бұрын',
    'за',
    'рабочих',
    'дней',
    'working',
    'days',
    'after',
    'қысқы',
    '2-ші',
    'академиялық',
    'кезең',
    'кешіктірмей',
    'бұйрық',
    'шыққан',
    'күннен',
    'бастап',
    'тұрақты',
    'түрде',
    'весной',
    ',',
    'quarterly',
    'every',
    'Friday',
  );
  it('never throws; dates are valid, sorted, unique and near the plan year; windows run forward', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 25 }).map((w) => w.join(' ')),
        (text) => {
          const s = read(text);
          for (const list of [s.due, s.dueWorking]) {
            expect([...list].sort()).toEqual(list);
            expect(new Set(list).size).toBe(list.length);
            for (const d of list) {
              expect(isIsoDate(d)).toBe(true);
              expect(d >= addDays(ctx.year.start, -800) && d <= addDays(ctx.year.end, 800)).toBe(true);
            }
          }
          for (const w of s.windows) expect(w.start <= w.end).toBe(true);
          for (const i of [...s.warnings, ...s.errors]) expect(i.start <= i.end).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('puts a yearless range inside the plan year by its end, in any plan year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const year = planYear(`${y}-${y + 1}`)!;
        const s = parseDeadline(`5.${String(m).padStart(2, '0')} - 20.${String(m).padStart(2, '0')}`, { ...ctx, year });
        expect(s.due).toHaveLength(1);
        expect(s.due[0] >= year.start && s.due[0] <= year.end).toBe(true);
      }),
    );
  });
});
