/**
 * Every one of the plan's 65 distinct deadline texts, with what the department means by it, reviewed by hand against
 * the plan (default 2025-2026 academic calendar, no calendar links): kind, due dates (raw; "N:first..last" for long
 * series), on-demand flag, number of warnings. None may end with an error.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';

const ctx = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(DAYS_OFF_2025_2026),
  policy: 'previous' as const,
};

type Row = [text: string, kind: string, due: string, onDemand: boolean, warnings: number];
const TABLE: Row[] = [
  ['2025 ж. 1 қыркүйегіне дейін', 'date', '2025-09-01', false, 0],
  // Before the plan year (September-August): said, never moved (the Settings' yearStartMonth can start it in August).
  ['28.08.2025 ж. дейін', 'date', '2025-08-28', false, 1],
  ['оқу жылы ішінде', 'year', '2026-08-31', false, 0],
  ['2025 ж. қыркүйек', 'month', '2025-09-30', false, 0],
  ['2025 ж. желтоқсан', 'month', '2025-12-31', false, 0],
  ['2025 ж. қазан, 2026 ж. ақпан', 'list', '2025-10-31 2026-02-28', false, 0],
  ['2025 ж. қазан.', 'month', '2025-10-31', false, 0],
  ['19.12.2025 ж. дейін', 'date', '2025-12-19', false, 0],
  ['2026 ж. қаңтар, маусым - шілде', 'list', '2026-01-31 2026-07-31', false, 0],
  ['2026 ж. наурыз', 'month', '2026-03-31', false, 0],
  ['2026 ж. сәуір', 'month', '2026-04-30', false, 0],
  ['2026 ж. мамыр', 'month', '2026-05-31', false, 0],
  ['2026 ж. мамыр - маусым', 'month', '2026-06-30', false, 0],
  ['2026 ж. маусым', 'month', '2026-06-30', false, 0],
  ['2026 ж. шілде', 'month', '2026-07-31', false, 0],
  [
    'Оқу жылы бойы әр 2 ай сайын',
    'recurring',
    '2025-10-31 2025-12-31 2026-02-28 2026-04-30 2026-06-30 2026-08-31',
    false,
    0,
  ],
  ['Әр айдың 20-сына дейін', 'recurring', '12:2025-09-20..2026-08-20', false, 0],
  ['Академиялық күнтізбеге сәйкес', 'unknown', '', false, 1],
  ['Оқу жылы бойы', 'year', '2026-08-31', false, 0],
  ['Жыл бойы, ашық сабақтар кестесіне сәйкес', 'year', '2026-08-31', false, 0],
  ['2025 ж. қыркүйек - қазан, 2026 ж. қаңтар – сәуір', 'list', '2025-10-31 2026-04-30', false, 0],
  ['2025 ж. қазан - қараша', 'month', '2025-11-30', false, 0],
  ['2025-2026 оқу жылына арналған академиялық күнтізбенің мерзімдеріне сәйкес', 'unknown', '', false, 1],
  [
    'Емтихан сессиялары және ликвидациялық кезең кезінде',
    'calendar',
    '2026-01-03 2026-01-17 2026-05-30 2026-06-13',
    false,
    0,
  ],
  ['2026 ж. қаңтар - ақпан, 2026 ж. мамыр - маусым', 'list', '2026-02-28 2026-06-30', false, 0],
  ['2025 ж. қазан 2026 ж. наурыз', 'list', '2025-10-31 2026-03-31', false, 0],
  ['2025 ж. қараша 2026 ж. сәуір', 'list', '2025-11-30 2026-04-30', false, 0],
  ['2025 ж. желтоқсан, 2026 ж. мамыр', 'list', '2025-12-31 2026-05-31', false, 0],
  [
    'Емтихан сессиялары және ликвидациялық кезеңде',
    'calendar',
    '2026-01-03 2026-01-17 2026-05-30 2026-06-13',
    false,
    0,
  ],
  ['Ликвидациялық кезеңде', 'calendar', '2026-01-17 2026-06-13', false, 0],
  ['25.11.2025 ж. 01.06.2026 ж.', 'list', '2025-11-25 2026-06-01', false, 0],
  ['Жыл бойы', 'year', '2026-08-31', false, 0],
  ['31.12.2025 ж. дейін', 'date', '2025-12-31', false, 0],
  ['25.09.2025 ж. дейін', 'date', '2025-09-25', false, 0],
  ['20.12.2025 ж. дейін', 'date', '2025-12-20', false, 0],
  ['15.12.2025 ж. дейін', 'date', '2025-12-15', false, 0],
  [
    'Студенттердің өтініштері мен декандардың қызметтік жазбалары түскен сайын, «Аудару және қалпына келтіру ережелеріне» сәйкес',
    'on-demand',
    '',
    true,
    0,
  ],
  [
    'Ай сайын; әкімшілік есеп формаларын ШҚО Қала статистика басқармасына, Білім басқармасына, ҚР ҒжЖБМ ұсыну кестесіне сәйкес',
    'recurring',
    '12:2025-09-30..2026-08-31',
    false,
    0,
  ],
  ['Тоқсан сайын', 'recurring', '2025-09-30 2025-12-31 2026-03-31 2026-06-30', false, 0],
  ['Ай сайын', 'recurring', '12:2025-09-30..2026-08-31', false, 0],
  ['сұраулардың түсуіне қарай', 'on-demand', '', true, 0],
  ['Сұраулар мен өтініштер түскен сайын', 'on-demand', '', true, 0],
  ['Жеке істер ҚК-дан келген сайын, түлектер бойынша', 'on-demand', '', true, 1],
  [
    'тапсырыс – мемлекеттік сатып алу жоспары бойынша 01.01.2026 ж. дейін. Қамтамасыз ету – 01.06.2026 ж.',
    'list',
    '2026-01-01 2026-06-01',
    false,
    0,
  ],
  ['31.08.2026ж. дейін', 'date', '2026-08-31', false, 0],
  ['Сұраулар түскен сайын', 'on-demand', '', true, 0],
  ['ҚР ҰБ ҚБ сауалдарына сәйкес', 'on-demand', '', true, 0],
  ['АК жұмыс кестесі бойынша', 'calendar', '2026-06-20', false, 0],
  ['20.12.2025 ж., 20.01.2026 ж 25.06.2026 ж.', 'list', '2025-12-20 2026-01-20 2026-06-25', false, 0],
  ['қажеттілік бойынша-ҚР ҒжЖБМ нормативтік құжаттары өзгерген кезде', 'on-demand', '', true, 0],
  ['2026 ж. қаңтар 2026 ж. маусым', 'list', '2026-01-31 2026-06-30', false, 0],
  ['2026 ж. қаңтар. мамыр-маусым', 'list', '2026-01-31 2026-06-30', false, 0],
  ['2026 ж. қаңтар 2026 г.маусым', 'list', '2026-01-31 2026-06-30', false, 0],
  ['Қосымша және жазғы семестрге тіркелу кезеңінде', 'calendar', '2026-06-05', false, 0],
  ['Академиялық ұтқырлықты оқытуды аяқтағаннан кейін', 'on-demand', '', true, 0],
  ['Академиялық кезеңнің басында', 'calendar', '2025-09-01 2026-01-26', false, 0],
  ['Емтихан сессиялары басталар алдында', 'calendar', '2025-12-14 2026-05-10', false, 0],
  ['Жылына 2 рет, емтихан сессиялары аяқталғаннан кейін', 'calendar', '2026-01-03 2026-05-30', false, 0],
  ['2025 ж. қыркүйек 2026 ж. қаңтар', 'list', '2025-09-30 2026-01-31', false, 0],
  ['2026 ж. қаңтар, 2026 ж. тамыз', 'list', '2026-01-31 2026-08-31', false, 0],
  ['2026 ж. қаңтар, 2026 ж. шілде', 'list', '2026-01-31 2026-07-31', false, 0],
  [
    'оқуды аяқтағаннан кейін, оқу жылының соңында немесе студент оқудан шығару туралы өтініш жазған кезде',
    'mixed',
    '2026-08-31',
    true,
    0,
  ],
  ['оқу жылы ішінде, қажеттілік бойынша', 'mixed', '2026-08-31', true, 0],
  ['емтихан сессиялары басталар алдында қажеттілік бойынша', 'mixed', '2025-12-14 2026-05-10', true, 0],
  ['талап бойынша', 'on-demand', '', true, 0],
];

describe('the 65 deadline texts of the 2025-2026 plan', () => {
  it('covers every distinct text of the plan', () => {
    expect(new Set(TABLE.map((r) => r[0]))).toEqual(new Set(PLAN_2025_2026.items.map((i) => i.deadline)));
  });

  it.each(TABLE)('%s', (text, kind, due, onDemand, warnings) => {
    const s = parseDeadline(text, ctx);
    expect(s.errors).toEqual([]);
    expect(s.kind).toBe(kind);
    const shown = s.due.length > 6 ? `${s.due.length}:${s.due[0]}..${s.due[s.due.length - 1]}` : s.due.join(' ');
    expect(shown).toBe(due);
    expect(s.onDemand).toBe(onDemand);
    expect(s.warnings).toHaveLength(warnings);
  });

  it('resolves "according to the academic calendar" through the links a user gave', () => {
    const s = parseDeadline('Академиялық күнтізбеге сәйкес', { ...ctx, links: ['att-1'] });
    expect(s.warnings).toEqual([]);
    expect(s.due).toEqual(['2026-06-20']);
    expect(s.windows).toEqual([{ start: '2026-05-18', end: '2026-06-20' }]);
    expect(parseDeadline('Академиялық күнтізбеге сәйкес', ctx).warnings[0].code).toBe('calendar-link-needed');
  });
});
