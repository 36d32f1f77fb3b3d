import {
  isMembershipOrder,
  isStudentOrder,
  onDemandClause,
  orderClause,
  orderHeading,
  passiveImperative,
  responsibleFull,
} from '../../src/core/documents/order-text';
import { documentValues } from '../../src/core/documents/placeholders';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { knownRole } from '../../src/core/roles/role-catalogue';

const item = (id: string) => PLAN_2025_2026.items.find((i) => `${i.section}.${i.no}` === id)!;

describe('orders as drafts for signature', () => {
  it('heads an order with what it is about, from the deliverable, never "an order to make an order"', () => {
    const i = item('1.44');
    expect(orderHeading(i.deliverable, i.activity)).toBe('Апелляциялық комиссияның құрамы туралы');
    expect(orderHeading('Грант алушы студенттерге жеңілдікпен жол жүру өтемақысын төлеуге бұйрық', '')).toBe(
      'Грант алушы студенттерге жеңілдікпен жол жүру өтемақысын төлеу туралы',
    );
    expect(orderHeading('2026 жылғы АК құрамына бұйрық', '')).toBe(
      '2026 жылғы аттестаттау комиссияларының құрамы туралы',
    );
    // A deliverable that says only "order" (or one word more) takes the activity's first part.
    const j = item('1.7');
    expect(orderHeading(j.deliverable, j.activity)).toMatch(/^Үш тілде .* тізбесін қалыптастыру туралы$/);
    expect(orderHeading('Төлем туралы бұйрық', 'Комиссия мүшелеріне төлем жасау үшін құжаттарды рәсімдеу')).toBe(
      'Комиссия мүшелеріне төлем жасау үшін құжаттарды рәсімдеу туралы',
    );
    for (const x of PLAN_2025_2026.items.filter((p) => /бұйрық/i.test(p.deliverable)))
      expect(orderHeading(x.deliverable, x.activity)).not.toMatch(/бұйрық/i);
  });

  it('states what is ordered: a membership approved as annexed, an action in the passive, or the plan item', () => {
    expect(orderClause('Апелляциялық комиссияның құрамы туралы', '1.44', '')).toBe(
      'Апелляциялық комиссияның құрамы осы бұйрыққа қосымшаға сәйкес бекітілсін.',
    );
    expect(orderClause('Университет комиссияларының құрамын бекіту туралы', '1.30', '')).toBe(
      'Университет комиссияларының құрамы осы бұйрыққа қосымшаға сәйкес бекітілсін.',
    );
    expect(
      orderClause('Грант иеленген студенттерге стипендия төлеу туралы', '4.08', '2026 жылғы 30 қаңтарға дейін'),
    ).toBe('Грант иеленген студенттерге стипендия 2026 жылғы 30 қаңтарға дейін төленсін.');
    expect(orderClause('Студенттердің жеке құрамы бойынша', '3.01', '')).toBe(
      'Жұмыс жоспарының 3.01-тармағы («Студенттердің жеке құрамы») орындалсын.',
    );
    // Two actions joined by "және": both kept, the whole ensured (not "the plan item is to be executed").
    expect(orderClause('Білім алушыларды қабылдау және ауыстыру туралы', '1.38', '2026 жылғы 31 тамызға дейін')).toBe(
      'Білім алушыларды қабылдау және ауыстыру 2026 жылғы 31 тамызға дейін қамтамасыз етілсін.',
    );
    // An order made per case whose deliverable names nothing ("Шығарылған бұйрық") takes its heading's subject.
    const i413 = item('4.13');
    expect(onDemandClause(i413.deliverable, i413.activity, orderHeading(i413.deliverable, i413.activity))).toMatch(
      /^Студенттерге аударым, қалпына келтіру, қайта оқу мәселелері бойынша кеңес беру бойынша: _+ \(өтініштің/,
    );
    expect(['бекіту', 'төлеу', 'құру', 'беру', 'рәсімдеу', 'қалыптастыру', 'жасау'].map(passiveImperative)).toEqual([
      'бекітілсін',
      'төленсін',
      'құрылсын',
      'берілсін',
      'рәсімделсін',
      'қалыптастырылсын',
      'жасалсын',
    ]);
  });

  it('names the responsible by full position, not by abbreviation', () => {
    const full = responsibleFull('ОПҰжМБ бастығы, ЕҰ секторы', (r) => knownRole(r)?.kk ?? null);
    expect(full).toBe(
      'Оқу процесін ұйымдастыру және мониторингілеу бөлімінің бастығы және Емтихандарды ұйымдастыру секторы',
    );
  });

  it('tells membership orders and orders on students', () => {
    expect(isMembershipOrder('Апелляциялық комиссияның құрамы туралы')).toBe(true);
    expect(isMembershipOrder('Грант иеленген студенттерге стипендия төлеу туралы')).toBe(false);
    expect(isStudentOrder('Грант иеленген студенттерге стипендия төлеу туралы бұйрық', '')).toBe(true);
    expect(isStudentOrder('Апелляциялық комиссияның құрамы туралы бұйрық', 'Апелляциялық комиссия құру')).toBe(false);
  });

  it('leaves the number, the date, the signatory name and the executor as lines to fill', () => {
    const i = item('1.44');
    const v = documentValues(
      {
        id: '1.44',
        unit: '1',
        no: '44',
        activity: i.activity,
        responsible: i.responsible,
        deadline: i.deadline,
        deliverable: i.deliverable,
        status: '',
        owners: [],
        nextDue: '2025-11-28',
      },
      {
        kindName: 'Бұйрық',
        orderNumber: '',
        orderDate: '',
        today: '2025-10-01',
        academicYear: '2025-2026',
        signatoryPosition: 'Басқарма Төрағасы – Ректор',
        signatoryName: '',
        lang: 'kk',
      },
    );
    expect(v.signatory).toMatch(/^_+$/);
    expect(v.orderExecutor).toMatch(/^_+, тел\. _+$/);
    expect(v.hasMembers).toBe('иә');
    expect(v.membersTitle).toBe('Апелляциялық комиссияның құрамы');
    expect(v.responsibleClause).toBe(
      'ОПҰжМБ бастығы, ЕҰ секторы осы бұйрықтың орындалуын 2025 жылғы 28 қарашаға дейін қамтамасыз етсін.',
    );
    expect(v.orderSeries).toBe('Негізгі қызмет бойынша');
  });
});
