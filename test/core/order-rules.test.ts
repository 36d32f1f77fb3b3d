/** Issue 24: an order drafted late, an order made per case, names in running text, the controller, the Russian text. */
import { inRunningText, kazakhDative, onDemandClause, responsibleFull } from '../../src/core/documents/order-text';
import {
  documentValues,
  PAST_DUE_MARK,
  PAST_DUE_MARK_RU,
  type DocumentContext,
  type ItemForDocument,
} from '../../src/core/documents/placeholders';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { knownRole } from '../../src/core/roles/role-catalogue';

const plan = (id: string) => PLAN_2025_2026.items.find((i) => `${i.section}.${i.no}` === id)!;

function values(id: string, over: Partial<ItemForDocument>, ctx: Partial<DocumentContext> = {}) {
  const i = plan(id);
  return documentValues(
    {
      id,
      unit: String(i.section),
      no: String(i.no),
      activity: i.activity,
      responsible: i.responsible,
      deadline: i.deadline,
      deliverable: i.deliverable,
      status: '',
      owners: [],
      nextDue: '',
      ...over,
    },
    {
      kindName: 'Бұйрық',
      orderNumber: '',
      orderDate: '',
      today: '2026-03-02',
      academicYear: '2025-2026',
      signatoryPosition: 'Басқарма Төрағасы – Ректор',
      signatoryName: '',
      lang: 'kk',
      ...ctx,
    },
  );
}

describe('an order drafted after its date', () => {
  it('puts the marker where the past date would be, in both texts, and says it is past', () => {
    const v = values('1.7', { nextDue: '2025-09-30' });
    expect(v.orderClause).toContain(PAST_DUE_MARK);
    expect(v.responsibleClause).toContain(PAST_DUE_MARK);
    expect(v.responsibleClauseRu).toContain(PAST_DUE_MARK_RU);
    expect(`${v.orderClause} ${v.responsibleClause}`).not.toMatch(/2025 жылғы 30 қыркүйек/);
    expect(v.pastDue).toBe('иә');
    expect(v.pastDueDate).toBe('30.09.2025');
  });

  it('writes a date still to come, and today itself, as a date', () => {
    expect(values('1.7', { nextDue: '2026-03-02' }).responsibleClause).toContain('2026 жылғы 2 наурызға дейін');
    expect(values('1.7', { nextDue: '2026-03-02' }).pastDue).toBe('');
  });
});

describe('an order made per case (on demand)', () => {
  it('orders what its deliverable is about, with the cases of the activity as the hint, not "the plan item"', () => {
    const v = values('3.1', { onDemand: true });
    expect(v.orderClause).toMatch(/^Студенттердің жеке құрамы бойынша: _+ \(шеттету, қалпына келтіру/);
    expect(v.orderClause).not.toMatch(/тармағы|орындалсын/);
    expect(onDemandClause('Төлем туралы бұйрық', '')).toMatch(/^Төлем бойынша: _+ \(/);
  });
});

describe('positions in running text', () => {
  it('lower-cases a position that is a common noun mid-sentence, keeps a unit proper name and acronyms', () => {
    expect(inRunningText('Мектеп декандары')).toBe('мектеп декандары');
    expect(inRunningText('Академиялық мәселелер жөніндегі проректор')).toBe(
      'академиялық мәселелер жөніндегі проректор',
    );
    expect(inRunningText('Тіркеуші офисінің мамандары')).toBe('Тіркеуші офисінің мамандары');
    expect(inRunningText('Емтихандарды ұйымдастыру секторы')).toBe('Емтихандарды ұйымдастыру секторы');
    expect(inRunningText('ББТО жетекшісі')).toBe('ББТО жетекшісі');
    expect(inRunningText('Деканы школ')).toBe('деканы школ');
    const kk = responsibleFull('ОПҰжМБ бастығы, мектеп деканадры', (r) => knownRole(r)?.kk ?? null);
    expect(kk).toMatch(/ және мектеп/);
    expect(kk).not.toMatch(/ және Мектеп/);
  });

  it('starts the clause with a capital whatever the first name is', () => {
    const v = values('1.7', { responsibleFull: 'мектеп декандары', nextDue: '2026-04-30' });
    expect(v.responsibleClause).toMatch(/^Мектеп декандары осы бұйрықтың/);
  });
});

describe('the controller', () => {
  it('names the controller from Settings in the Kazakh dative, or the position in the dative, or a blank', () => {
    const pos = 'Академиялық мәселелер жөніндегі проректор';
    expect(values('1.7', {}, { controllerPosition: pos, controllerName: 'Б.Б. Болатов' }).orderControl).toBe(
      'академиялық мәселелер жөніндегі проректор Б.Б. Болатовқа',
    );
    expect(values('1.7', {}, { controllerPosition: pos }).orderControl).toBe(
      'академиялық мәселелер жөніндегі проректорға',
    );
    expect(values('1.7', {}).orderControl).toMatch(/^_+$/);
    expect(['А.Б. Нурекенова', 'Е.К. Сейтқали', 'Т.Т. Әлімжан'].map(kazakhDative)).toEqual([
      'А.Б. Нурекеноваға',
      'Е.К. Сейтқалиге',
      'Т.Т. Әлімжанға',
    ]);
  });
});

describe('the Russian text', () => {
  it('lists the responsible by their Russian names after "Ответственные", the date in Russian', () => {
    const v = values('1.44', {
      responsibleFullRu: 'Начальник отдела, Сектор организации экзаменов',
      nextDue: '2026-05-29',
    });
    expect(v.responsibleClauseRu).toBe(
      'Исполнение настоящего приказа обеспечить до 29 мая 2026 г. Ответственные: начальник отдела, Сектор ' +
        'организации экзаменов.',
    );
    expect(v.signatoryPositionRu).toBe('Председатель Правления – Ректор');
  });
});
