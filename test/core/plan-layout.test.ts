import { columnMoves } from '../../src/core/sheets/arrange';
import { PLAN_SHEET, locateColumns } from '../../src/core/sheets/layout';
import { evaluatedColumns } from '../../src/core/plan/system-values';
import { unitAbbreviation, unitLabel } from '../../src/core/plan/unit-label';
import { parseStatus } from '../../src/core/sheets/status';
import { previewDay } from '../../src/local/cli/preview-today';
import type { Evaluation } from '../../src/core/plan/evaluate';

const OLD_HEADER = [
  'Бөлім',
  '№',
  'Іс-шаралар',
  'Жауапты',
  'Орындау мерзімі',
  'Аяқталу түрі',
  'Мәртебе',
  'Күнтізбе кезеңдері',
  'Дәлел сілтемесі',
  'Ескертпе',
  'ID',
  'Келесі мерзім',
  'Мерзім саны',
  'Сұраныс бойынша',
  'Жауаптылар email',
  'Құжат',
  'Күнтізбе күйі',
  'Ескертулер',
];

/** Applies moves the way Sheet.moveColumns does (destination in pre-move coordinates). */
function applyMoves<T>(cols: T[], moves: ReturnType<typeof columnMoves>): T[] {
  let out = [...cols];
  for (const m of moves) {
    const moving = out.slice(m.from - 1, m.from - 1 + m.count);
    const rest = [...out.slice(0, m.from - 1), ...out.slice(m.from - 1 + m.count)];
    const before = out.slice(0, m.to - 1).filter((_, i) => i < m.from - 1 || i >= m.from - 1 + m.count).length;
    out = [...rest.slice(0, before), ...moving, ...rest.slice(before)];
  }
  return out;
}

describe('the Plan at a glance', () => {
  it('puts ID, activity, responsible, deadline, next due and status first', () => {
    expect(PLAN_SHEET.columns.slice(0, 6).map((c) => c.key)).toEqual([
      'id',
      'activity',
      'responsible',
      'deadline',
      'nextDue',
      'status',
    ]);
    // The first screen (1366 px less the row numbers) holds those six, the state word and the days overdue.
    expect(PLAN_SHEET.columns.slice(6, 8).map((c) => c.key)).toEqual(['state', 'overdue']);
    const width = PLAN_SHEET.columns.slice(0, 8).reduce((n, c) => n + c.width, 0);
    expect(width).toBeLessThanOrEqual(1366 - 46 - 20);
  });

  it('labels a unit by number and abbreviation, the way the plan abbreviates', () => {
    expect(unitAbbreviation('Оқу процесін ұйымдастыру және мониторингілеу бөлімі')).toBe('ОПҰжМБ');
    expect(unitAbbreviation('Білім беру технологиялары орталығы')).toBe('ББТО');
    expect(unitAbbreviation('Студенттерге қызмет көрсету орталығы')).toBe('СҚКО');
    expect(unitAbbreviation('Тіркеуші офисі (ТО)')).toBe('ТО');
    expect(unitLabel({ section: 3, sectionTitle: 'Тіркеуші офисі' })).toBe('3. ТО');
  });

  it('keeps "next due" a date; lateness goes to the days overdue and the state word beside the status', () => {
    const ev = {
      schedule: { dueWorking: ['2025-08-28'], onDemand: false },
      dueCount: 1,
      onDemand: false,
      owners: [],
      warnings: [],
    } as unknown as Evaluation;
    const at = (status: string, today: string, doneOn = '') => evaluatedColumns(ev, 'kk', { status, doneOn, today });
    expect(at('Орындалуда', '2025-09-10')).toMatchObject({
      nextDue: '2025-08-28',
      overdue: 13,
      state: 'Мерзімі өткен: 13 күн',
    });
    expect(at('', '2025-08-28')).toMatchObject({ overdue: '', state: 'Мерзімі бүгін' }); // due today is not late
    expect(at('Тоқтатылды', '2025-09-10')).toMatchObject({ overdue: '', state: 'Тоқтатылды' });
    expect(at('Орындалды', '2025-09-10', '2025-09-01')).toMatchObject({
      nextDue: '2025-08-28',
      overdue: '',
      state: 'Орындалды 01.09.2025, 4 күн кешігіп',
    });
    expect(evaluatedColumns(ev, 'ru', { status: '', doneOn: '', today: '2025-09-10' }).state).toBe(
      'Просрочено на 13 дн.',
    );
  });

  it('reads the old "overdue" label and the new one', () => {
    expect(parseStatus('Кешіктірілді')).toBe('late');
    expect(parseStatus('Мерзімі өтті')).toBe('late');
  });
});

describe('rearranging an existing Plan', () => {
  it('brings an older layout to the current order, each user column staying after its neighbour', () => {
    const header = [...OLD_HEADER.slice(0, 3), 'Менің бағаным', ...OLD_HEADER.slice(3)];
    const moved = applyMoves(header, columnMoves(PLAN_SHEET, header));
    expect(moved).toHaveLength(header.length);
    expect(new Set(moved)).toEqual(new Set(header));
    expect(moved.slice(0, 4)).toEqual(['ID', 'Іс-шаралар', 'Менің бағаным', 'Жауапты']);
    const found = locateColumns(PLAN_SHEET, moved);
    const order = PLAN_SHEET.columns.map((c) => found.get(c.key)).filter((i) => i !== undefined);
    expect(order).toEqual([...order].sort((a, b) => a! - b!));
    // Already in order: nothing moves.
    expect(columnMoves(PLAN_SHEET, moved)).toEqual([]);
  });

  it('finds the columns under the headers an older Jospar wrote', () => {
    const found = locateColumns(PLAN_SHEET, OLD_HEADER);
    expect(found.get('notes')).toBe(9);
    expect(found.get('warnings')).toBe(17);
  });
});

describe('jospar preview without --today', () => {
  it('previews a plan of another year from its first day, and the current year from today', () => {
    expect(previewDay('2025-2026', '2026-11-28')).toBe('2025-09-01');
    expect(previewDay('2025-2026', '2026-03-02')).toBe('2026-03-02');
    expect(previewDay('2026-2027', '2026-11-28')).toBe('2026-11-28');
  });
});
