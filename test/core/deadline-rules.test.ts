import fc from 'fast-check';
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { addDays, isIsoDate, planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { lawDaysOff, toWorkingDay } from '../../src/core/calendar/working-days';
import { parseDeadline } from '../../src/core/deadline/engine';
import type { DeadlineContext } from '../../src/core/deadline/types';

const ctx: DeadlineContext = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(DAYS_OFF_2025_2026),
  policy: 'previous',
};
const due = (text: string, c: Partial<DeadlineContext> = {}) => parseDeadline(text, { ...ctx, ...c }).due;

describe('dates', () => {
  it.each([
    ['28.08.2025 ж. дейін', '2025-08-28'],
    ['28.08.2025ж.', '2025-08-28'],
    ['28/08/2025', '2025-08-28'],
    ['до 28.08.2025 г.', '2025-08-28'],
    ['2025-08-28', '2025-08-28'],
    ['2025 ж. 1 қыркүйегіне дейін', '2025-09-01'],
    ['2026 жылғы 1 наурызға дейін', '2026-03-01'],
    ['2025 жылдың 5-іне қазан', '2025-10-05'],
    ['1 қыркүйек 2025 ж.', '2025-09-01'],
    ['28 августа 2025 г.', '2025-08-28'],
    ['до 15 октября 2025 года', '2025-10-15'],
    ['by 15 October 2025', '2025-10-15'],
    ['October 15, 2025', '2025-10-15'],
    ['15 қазанға дейін', '2025-10-15'],
    ['20 ақпанға дейін', '2026-02-20'],
    ['ҚЫРКҮЙЕКТІҢ 25-іне дейін', '2025-09-25'],
  ])('%s → %s', (text, date) => {
    const s = parseDeadline(text, ctx);
    expect(s.due).toEqual([date]);
    expect(s.errors).toEqual([]);
  });

  it('reports impossible dates as errors and never moves them', () => {
    for (const text of ['32.13.2025', '31.02.2026 ж. дейін', '2026 ж. 30 ақпанға дейін', '31 апреля 2026']) {
      const s = parseDeadline(text, ctx);
      expect(s.due).toEqual([]);
      expect(s.errors[0].code).toBe('impossible-date');
    }
    expect(parseDeadline('29.02.2028', { ...ctx, year: planYear('2027-2028')! }).due).toEqual(['2028-02-29']);
  });

  it('gives positions in the text the user wrote', () => {
    const text = 'Ай сайын, және тағы бірдеңе';
    const s = parseDeadline(text, ctx);
    expect(s.warnings).toHaveLength(1);
    expect(text.slice(s.warnings[0].start, s.warnings[0].end)).toBe('тағы бірдеңе');
  });
});

describe('months, ranges and lists', () => {
  it.each([
    ['2025 ж. қыркүйек', ['2025-09-30']],
    ['қыркүйекте', ['2025-09-30']],
    ['қаңтарда', ['2026-01-31']],
    ['Кантар', ['2026-01-31']],
    ['2026 ж. мамыр - маусым', ['2026-06-30']],
    ['мамыр–маусым', ['2026-06-30']],
    ['қараша — ақпан', ['2026-02-28']],
    ['сентябрь 2025', ['2025-09-30']],
    ['в октябре 2025 г.', ['2025-10-31']],
    ['November 2025', ['2025-11-30']],
    ['2026 ж. қаңтар, маусым - шілде', ['2026-01-31', '2026-07-31']],
    ['2025 ж. қазан 2026 ж. наурыз', ['2025-10-31', '2026-03-31']],
    ['2025 ж. желтоқсан, қаңтар', ['2025-12-31', '2026-01-31']],
    ['20.12.2025 ж., 20.01.2026 ж 25.06.2026 ж.', ['2025-12-20', '2026-01-20', '2026-06-25']],
    ['2026 г.маусым', ['2026-06-30']],
    ['2025 ж.\nқазан', ['2025-10-31']],
  ])('%s', (text, dates) => {
    expect(due(text)).toEqual(dates);
  });

  it('reads Latin look-alike letters inside Cyrillic words', () => {
    expect(due('2026 ж. мaусым')).toEqual(['2026-06-30']); // Latin "a"
    expect(due('Aй сайын')).toHaveLength(12); // Latin "A"
  });

  it('gives a month its window', () => {
    expect(parseDeadline('2025 ж. қазан - қараша', ctx).windows).toEqual([{ start: '2025-10-01', end: '2025-11-30' }]);
  });
});

describe('recurrences', () => {
  it.each([
    ['Ай сайын', 12, '2025-09-30', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12'],
    ['ежемесячно', 12, '2025-09-30', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12'],
    ['monthly', 12, '2025-09-30', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12'],
    ['Әр айдың 20-сына дейін', 12, '2025-09-20', 'FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12'],
    ['ай сайын 5-не дейін', 12, '2025-09-05', 'FREQ=MONTHLY;BYMONTHDAY=5;COUNT=12'],
    ['ежемесячно до 20 числа', 12, '2025-09-20', 'FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12'],
    ['до 20 числа каждого месяца', 12, '2025-09-20', 'FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12'],
    ['monthly by the 20th', 12, '2025-09-20', 'FREQ=MONTHLY;BYMONTHDAY=20;COUNT=12'],
    ['Тоқсан сайын', 4, '2025-09-30', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4'],
    ['ежеквартально', 4, '2025-09-30', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4'],
    ['quarterly', 4, '2025-09-30', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4'],
    ['Оқу жылы бойы әр 2 ай сайын', 6, '2025-10-31', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;COUNT=6'],
    ['әр үш ай сайын', 4, '2025-11-30', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4'],
    ['каждые 2 месяца', 6, '2025-10-31', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;COUNT=6'],
    ['Жылына 2 рет', 2, '2026-02-28', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=2'],
    ['2 раза в год', 2, '2026-02-28', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=2'],
    ['twice a year', 2, '2026-02-28', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;COUNT=2'],
  ])('%s', (text, count, first, rrule) => {
    const s = parseDeadline(text, ctx);
    expect(s.kind).toBe('recurring');
    expect(s.due).toHaveLength(count);
    expect(s.due[0]).toBe(first);
    expect(s.rrule).toBe(rrule);
  });

  it('clamps day 31 to the end of short months and says so in the RRULE', () => {
    const s = parseDeadline('әр айдың 31-іне дейін', ctx);
    expect(s.due).toContain('2026-02-28');
    expect(s.due).toContain('2025-09-30');
    expect(s.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=12');
  });
});

describe('the whole year, on demand, calendar anchors', () => {
  it.each(['Оқу жылы бойы', 'Жыл бойы', 'оқу жылы ішінде', 'в течение учебного года', 'throughout the academic year'])(
    '%s: due at the year end, the year as window',
    (text) => {
      const s = parseDeadline(text, ctx);
      expect(s.kind).toBe('year');
      expect(s.due).toEqual(['2026-08-31']);
      expect(s.windows).toEqual([{ start: '2025-09-01', end: '2026-08-31' }]);
    },
  );

  it.each([
    'талап бойынша',
    'сұраныс бойынша',
    'қажеттілік бойынша',
    'Сұраулар түскен сайын',
    'құжаттар келген сайын',
    'по требованию',
    'по мере необходимости',
    'on request',
    'as needed',
  ])('%s: on demand, no dates', (text) => {
    const s = parseDeadline(text, ctx);
    expect(s.onDemand).toBe(true);
    expect(s.due).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it.each([
    ['Емтихан сессиялары басталар алдында', ['2025-12-14', '2026-05-10']],
    ['перед началом экзаменационной сессии', ['2025-12-14', '2026-05-10']],
    ['before the exam session', ['2025-12-14', '2026-05-10']],
    ['Ликвидациялық кезеңде', ['2026-01-17', '2026-06-13']],
    ['в ликвидационный период', ['2026-01-17', '2026-06-13']],
    ['Академиялық кезеңнің басында', ['2025-09-01', '2026-01-26']],
    ['at the start of the academic period', ['2025-09-01', '2026-01-26']],
    ['емтихан сессиялары аяқталғаннан кейін', ['2026-01-03', '2026-05-30']],
    ['после окончания экзаменационной сессии', ['2026-01-03', '2026-05-30']],
    ['жазғы семестр кезінде', ['2026-07-25']],
    ['Қосымша және жазғы семестрге тіркелу кезеңінде', ['2026-06-05']],
  ])('%s', (text, dates) => {
    const s = parseDeadline(text, ctx);
    expect(s.kind).toBe('calendar');
    expect(s.due).toEqual(dates);
    expect(s.anchors.length).toBeGreaterThan(0);
  });

  it('warns when the calendar has no such period', () => {
    const s = parseDeadline('Ликвидациялық кезеңде', { ...ctx, calendar: [] });
    expect(s.due).toEqual([]);
    expect(s.warnings[0].code).toBe('calendar-period-missing');
  });

  it('reports a cell with nothing understood as an error', () => {
    expect(parseDeadline('бірдеңе болғанда ғой', ctx).errors[0].code).toBe('not-understood');
    expect(parseDeadline('', ctx).errors[0].code).toBe('empty');
    expect(parseDeadline('   ', ctx).errors[0].code).toBe('empty');
  });
});

describe('working days', () => {
  it('moves a due date off weekends and days off by the policy', () => {
    expect(parseDeadline('2025 ж. желтоқсан', ctx).dueWorking).toEqual(['2025-12-31']);
    expect(parseDeadline('28.02.2026', ctx).dueWorking).toEqual(['2026-02-27']); // Saturday → Friday
    expect(parseDeadline('28.02.2026', { ...ctx, policy: 'next' }).dueWorking).toEqual(['2026-03-02']);
    expect(parseDeadline('28.02.2026', { ...ctx, policy: 'none' }).dueWorking).toEqual(['2026-02-28']);
    expect(parseDeadline('16.12.2025', ctx).dueWorking).toEqual(['2025-12-15']); // Independence Day
    expect(parseDeadline('25.03.2026', ctx).dueWorking).toEqual(['2026-03-20']); // Nauryz with its carried days
    expect(toWorkingDay('2026-01-03', ctx.daysOff, 'next')).toBe('2026-01-05');
  });

  it('carries a weekend holiday to the next working day, except 7 January', () => {
    const d2026 = lawDaysOff(2026);
    // Nauryz 21-23 March 2026 is Saturday-Monday: the weekend days are carried to 24 and 25 March.
    expect(d2026).toEqual(
      expect.arrayContaining(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-09', '2026-05-11']),
    );
    // 7 January 2024 was a Sunday and is not carried.
    expect(lawDaysOff(2024)).not.toContain('2024-01-08');
    // The law's days for 2026 agree with the shipped data for the spring of the 2025-2026 year.
    for (const d of DAYS_OFF_2025_2026.filter((x) => x.startsWith('2026') && x !== '2026-05-27'))
      expect(d2026).toContain(d);
  });
});

describe('any input', () => {
  it('never throws; dates are valid, sorted, unique and near the plan year', () => {
    const kazakhish = fc
      .array(
        fc.constantFrom(
          'ай',
          'сайын',
          'әр',
          '20-сына',
          'дейін',
          '2025',
          'ж.',
          'қыркүйек',
          '-',
          ',',
          '31.02.2026',
          'емтихан',
          'сессиялары',
          'басталар',
          'алдында',
          'жылына',
          '2',
          'рет',
          'Оқу',
          'жылы',
          'бойы',
          '32.13.2025',
          'талап',
          'бойынша',
          'мамыр',
          '—',
          '\n',
          'г.',
          '0',
          '99',
          'every',
          'months',
          'quarterly',
          'каждые',
          'месяца',
        ),
        { maxLength: 30 },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 10000 }), fc.string({ unit: 'binary', maxLength: 300 }), kazakhish),
        (text) => {
          const s = parseDeadline(text, ctx);
          for (const list of [s.due, s.dueWorking]) {
            expect([...list].sort()).toEqual(list);
            expect(new Set(list).size).toBe(list.length);
            for (const d of list) {
              expect(isIsoDate(d)).toBe(true);
              expect(d >= addDays(ctx.year.start, -3660) && d <= addDays(ctx.year.end, 3660)).toBe(true);
            }
          }
          for (const i of [...s.warnings, ...s.errors]) expect(i.start <= i.end).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('puts recurrences inside the plan year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Ай сайын',
          'Тоқсан сайын',
          'әр 2 ай сайын',
          'әр айдың 31-іне дейін',
          'апта сайын',
          'Жылына 3 рет',
        ),
        fc.integer({ min: 2000, max: 2100 }),
        (text, y) => {
          const year = planYear(`${y}-${y + 1}`)!;
          for (const d of parseDeadline(text, { ...ctx, year }).due)
            expect(d >= year.start && d <= year.end).toBe(true);
        },
      ),
    );
  });
});
